package nl.cleantechwerkt.learners;

import java.util.List;

/**
 * Which consenting learners to look for (need → learners). Consent is not a parameter: it is
 * always required.
 *
 * @param skills ESCO skill URIs of which a candidate must have at least one (empty: any);
 *     candidates with more of them, and at level good or expert, rank higher
 * @param occupations ESCO occupation URIs; a candidate aiming for one ranks higher
 * @param latitude with {@code longitude} and {@code withinKm}: only learners who live within
 *     {@code withinKm} of this point; all three or none
 * @param limit at most this many candidates, 1 to {@value #MAX_LIMIT}
 */
public record CandidateQuery(List<String> skills, List<String> occupations, Double latitude, Double longitude,
        Integer withinKm, int limit) {

    public static final int MAX_LIMIT = 100;

    public CandidateQuery {
        skills = skills == null ? List.of() : List.copyOf(skills);
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        boolean anyPlace = latitude != null || longitude != null || withinKm != null;
        boolean wholePlace = latitude != null && longitude != null && withinKm != null && withinKm > 0;
        if (anyPlace && !wholePlace) {
            throw new IllegalArgumentException("Give latitude, longitude and a positive distance together, or none");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** Candidates with any of these skills, anywhere. */
    public static CandidateQuery withSkills(List<String> skills, int limit) {
        return new CandidateQuery(skills, List.of(), null, null, null, limit);
    }

    /** The same query, limited to learners living within {@code km} of a point. */
    public CandidateQuery near(double latitude, double longitude, int km) {
        return new CandidateQuery(skills, occupations, latitude, longitude, km, limit);
    }

    public boolean hasPlace() {
        return latitude != null;
    }
}
