package nl.cleantechwerkt.learners.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cleantechwerkt.shared.TextFolding;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;

/** Finding a target occupation by what the learner types: autocomplete and resolving the chosen label. */
@Component
class OccupationChoices {

    private final SkillCatalog skillCatalog;

    OccupationChoices(SkillCatalog skillCatalog) {
        this.skillCatalog = skillCatalog;
    }

    /** The occupation with this URI or this Dutch or English label, ignoring case and accents. */
    Optional<OccupationView> resolve(String uriOrLabel) {
        String key = TextFolding.fold(uriOrLabel);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return skillCatalog.occupation(uriOrLabel.trim()).or(() -> skillCatalog.allOccupations().stream()
                .filter(o -> TextFolding.fold(o.labelNl()).equals(key) || TextFolding.fold(o.labelEn()).equals(key))
                .findFirst());
    }

    /** Occupations whose label starts with the text, then those with a label word starting with it. */
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

    private static int score(OccupationView o, String key, Locale locale) {
        String label = TextFolding.fold(o.label(locale));
        if (label.startsWith(key)) {
            return 2;
        }
        return Arrays.stream(label.split(" ")).anyMatch(w -> w.startsWith(key)) ? 1 : 0;
    }
}
