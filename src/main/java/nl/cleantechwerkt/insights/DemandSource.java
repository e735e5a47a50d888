package nl.cleantechwerkt.insights;

import java.util.Map;
import nl.cleantechwerkt.shared.Level;

/**
 * One open need or one consenting learner, as demand: the weight it puts on each skill. Names
 * nobody; {@code key} only tells sources apart when counting them.
 *
 * @param key {@code n<need id>} or {@code l<profile reference>}
 * @param municipalityCode where it counts, or null (a learner without a place: region totals only)
 * @param level a learner's education level, or null
 * @param everyLevel true for a need: it has no level and counts under every level filter
 * @param weights skill URI → weight (see {@link SkillFigures#demand})
 * @param byOccupation occupation URI → (skill URI → weight) for the occupations it was derived from
 */
record DemandSource(String key, String municipalityCode, Level level, boolean everyLevel, Map<String, Double> weights,
        Map<String, Map<String, Double>> byOccupation) {

    DemandSource {
        weights = Map.copyOf(weights);
        byOccupation = Map.copyOf(byOccupation);
    }

    boolean counts(String wantedMunicipality, Level wantedLevel) {
        return (wantedMunicipality == null || wantedMunicipality.equals(municipalityCode))
                && (wantedLevel == null || everyLevel || wantedLevel == level);
    }
}
