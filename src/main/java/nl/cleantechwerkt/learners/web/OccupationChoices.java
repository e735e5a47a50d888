package nl.cleantechwerkt.learners.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;

/**
 * Finding a target occupation by what the learner types: autocomplete and resolving the chosen
 * label. Both go by the taxonomy's own look-up, which knows the alternative labels and Dutch
 * plurals, so "installateur warmtepompen" finds the heat pump technician.
 */
@Component
class OccupationChoices {

    private final SkillCatalog skillCatalog;

    OccupationChoices(SkillCatalog skillCatalog) {
        this.skillCatalog = skillCatalog;
    }

    /**
     * The occupation with this URI or label (preferred or alternative, Dutch or English, ignoring
     * case and accents), else the one occupation the words can mean; empty when they fit none or several.
     */
    Optional<OccupationView> resolve(String uriOrLabel, Locale locale) {
        return skillCatalog.resolveOccupation(uriOrLabel).or(() -> {
            List<OccupationView> candidates = skillCatalog.suggestOccupations(uriOrLabel, locale, 2);
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        });
    }

    /** Occupations with a label in which every typed word starts a word, labels in the page's language first. */
    List<OccupationView> suggest(String text, Locale locale, int limit) {
        return skillCatalog.suggestOccupations(text, locale, limit);
    }
}
