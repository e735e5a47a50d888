package nl.cleantechwerkt.matching;

import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Component;

/**
 * Rarity of a skill, from the occupations of the taxonomy ({@link MatchScoring#rarity}).
 *
 * <p>Why occupations and not the catalogue (how many courses teach a skill): the taxonomy
 * measures how specific a skill is to a trade, which is what makes closing that part of a gap
 * valuable; it changes only when the taxonomy is imported, so a school publishing ten courses
 * does not shift everyone's scores (nor can it game them by tagging), results stay reproducible,
 * and the counts live in {@link SkillCatalog}'s in-memory snapshot, dropped together with the
 * taxonomy, so this costs no query and needs no cache of its own. Scarcity in the catalogue —
 * skills the region needs but nobody teaches — is a supply question for the insights module.
 */
@Component
class SkillWeights {

    private final SkillCatalog skillCatalog;

    SkillWeights(SkillCatalog skillCatalog) {
        this.skillCatalog = skillCatalog;
    }

    double rarity(String skillUri) {
        return MatchScoring.rarity(skillCatalog.occupationsNeeding(skillUri), skillCatalog.allOccupations().size());
    }
}
