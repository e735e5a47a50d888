package nl.cleantechwerkt.employers.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;

/**
 * Finds occupations by what an employer types, through the taxonomy's own look-up: it knows the
 * alternative labels and Dutch plurals, so "installateur warmtepompen" finds the heat pump
 * technician as it does for learners and in "Wat past bij mij?".
 */
@Component
class Occupations {

    private final SkillCatalog skillCatalog;

    Occupations(SkillCatalog skillCatalog) {
        this.skillCatalog = skillCatalog;
    }

    /** The occupation with this URI or label, else the one occupation the words can mean; empty for none or several. */
    Optional<OccupationView> resolve(String text, Locale locale) {
        return skillCatalog.resolveOccupation(text).or(() -> {
            List<OccupationView> candidates = skillCatalog.suggestOccupations(text, locale, 2);
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        });
    }

    /** Occupations with a label in which every typed word starts a word, labels in the page's language first. */
    List<OccupationView> suggest(String text, Locale locale, int limit) {
        return skillCatalog.suggestOccupations(text, locale, limit);
    }
}
