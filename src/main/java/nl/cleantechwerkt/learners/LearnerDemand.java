package nl.cleantechwerkt.learners;

import java.util.List;
import java.util.Set;
import nl.cleantechwerkt.shared.Level;

/**
 * What a consenting learner adds to the region's demand for skills: no name, no account, no
 * place or point, only the municipality. For aggregate figures (insights), never for a list of
 * people.
 *
 * @param reference an opaque key, only to count each learner once across skills
 * @param municipalityCode CBS code, or null when the learner gave no place
 * @param educationLevel or null when not given
 * @param skillUris every skill on the profile, at any level
 * @param targetOccupations ESCO occupation URIs the learner aims at
 */
public record LearnerDemand(long reference, String municipalityCode, Level educationLevel, Set<String> skillUris,
        List<String> targetOccupations) {

    public LearnerDemand {
        skillUris = Set.copyOf(skillUris);
        targetOccupations = List.copyOf(targetOccupations);
    }
}
