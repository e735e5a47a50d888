package nl.cleantechwerkt.insights.web;

import java.util.Arrays;
import java.util.Optional;

/** The tables of the insight pages; the slug names the CSV export ({@code /inzicht/export/skills.csv}). */
enum TableKind {
    UNMET("unmet"),
    SKILLS("skills"),
    GROUPS("groups"),
    OCCUPATIONS("occupations"),
    MUNICIPALITIES("municipalities"),
    LEVELS("levels"),
    TREND("trend"),
    /** The school's "demand you could meet". */
    NEARBY("nearby");

    private final String slug;

    TableKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    static Optional<TableKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
