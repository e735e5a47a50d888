package nl.cleantechwerkt.matching;

import java.util.List;
import nl.cleantechwerkt.learners.CandidateView;

/**
 * A consenting learner who fits an employer's need, with the numbers that ranked them: what
 * they bring of the need's skills, the distance from the need's place to their municipality,
 * the fit and the score ({@link CandidateScoring}). Carries no name or contact.
 *
 * @param distanceKm from the need's place to the centre of the learner's municipality, or null when unknown
 */
public record CandidateMatch(CandidateView candidate, String municipalityName, Double distanceKm, double fit,
        double proximity, double score, List<String> mustHave, List<String> mustInTraining, List<String> mustMissing,
        List<String> niceHave, List<String> niceInTraining, List<String> niceMissing) {
}
