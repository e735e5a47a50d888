package nl.cleantechwerkt.employers.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cleantechwerkt.shared.TextFolding;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;

/**
 * Finds occupations by what an employer types: the Dutch or English label (as the autocomplete
 * offers it) or the URI. The taxonomy holds about a hundred occupations, so a scan is enough.
 */
@Component
class Occupations {

    private final SkillCatalog skillCatalog;

    Occupations(SkillCatalog skillCatalog) {
        this.skillCatalog = skillCatalog;
    }

    Optional<OccupationView> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<OccupationView> byUri = skillCatalog.occupation(text.trim());
        if (byUri.isPresent()) {
            return byUri;
        }
        String key = TextFolding.fold(text);
        return skillCatalog.allOccupations().stream()
                .filter(o -> TextFolding.fold(o.labelNl()).equals(key) || TextFolding.fold(o.labelEn()).equals(key))
                .findFirst();
    }

    /** Occupations with a label word starting with the text, labels in the page's language first. */
    List<OccupationView> suggest(String text, Locale locale, int limit) {
        String key = TextFolding.fold(text);
        if (key.length() < 2) {
            return List.of();
        }
        return skillCatalog.allOccupations().stream()
                .filter(o -> score(o, key, locale) > 0)
                .sorted(Comparator.comparingInt((OccupationView o) -> -score(o, key, locale))
                        .thenComparing(o -> o.label(locale)))
                .limit(limit)
                .toList();
    }

    private static int score(OccupationView occupation, String key, Locale locale) {
        String label = TextFolding.fold(occupation.label(locale));
        if (label.startsWith(key)) {
            return 3;
        }
        if (startsAWord(label, key)) {
            return 2;
        }
        String other = TextFolding.fold("en".equals(locale.getLanguage()) ? occupation.labelNl() : occupation.labelEn());
        return startsAWord(other, key) ? 1 : 0;
    }

    private static boolean startsAWord(String label, String key) {
        return Arrays.stream(label.split(" ")).anyMatch(w -> w.startsWith(key));
    }
}
