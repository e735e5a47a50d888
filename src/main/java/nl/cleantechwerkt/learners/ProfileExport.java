package nl.cleantechwerkt.learners;

import java.time.Instant;
import java.util.List;

/**
 * Everything the platform keeps about a learner, as the JSON download of {@code /profiel/export.json}
 * (the right of access and to data portability). {@code profile} is {@code null} when the learner
 * has not filled one in.
 */
public record ProfileExport(Instant exportedAt, Account account, Profile profile) {

    public record Account(String email, String displayName, String role) {
    }

    public record Profile(String status, String educationLevel, String place, String municipality, Integer radiusKm,
            List<String> availability, String workload, Integer budgetEur, List<String> preferredModes,
            List<Skill> skills, List<Occupation> targetOccupations, Consent consent, Instant updatedAt,
            List<SavedCourse> savedCourses) {
    }

    /** A course on the learner's list, by its id in the catalogue. */
    public record SavedCourse(long courseId, boolean interested, Instant savedAt) {
    }

    public record Skill(String uri, String labelNl, String labelEn, String level, String evidence) {
    }

    public record Occupation(String uri, String labelNl, String labelEn) {
    }

    /** Whether employers may see the name-free profile, and when that was given or revoked. */
    public record Consent(boolean given, Instant givenAt, Instant revokedAt) {
    }
}
