package nl.cleantechwerkt.learners;

import java.time.Instant;
import java.util.List;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;

/**
 * A learner's whole profile, for the learner themself and for matching done on their behalf
 * (learner → courses). It names the place and the account, so it must never be shown to
 * anyone else: employers see {@link CandidateView}.
 *
 * @param place the place, municipality or 4-digit postcode as resolved, or {@code null}
 * @param latitude with {@code longitude}: the point of {@code place}, or {@code null}
 * @param radiusKm how far the learner will travel, or {@code null} without a place
 * @param budgetEur what the learner can spend on a course, whole euros, or {@code null}
 * @param savedCourses courses the learner saved from their advice, newest first
 */
public record LearnerProfileView(long profileId, long userId, LearnerStatus status, Level educationLevel, String place,
        String municipalityCode, Double latitude, Double longitude, Integer radiusKm, List<Schedule> schedules,
        Workload workload, Integer budgetEur, List<CourseMode> modes, List<ProfileSkill> skills,
        List<String> targetOccupations, boolean consent, Instant consentedAt, Instant consentRevokedAt,
        Instant updatedAt, List<SavedCourse> savedCourses) {

    public LearnerProfileView {
        schedules = List.copyOf(schedules);
        modes = List.copyOf(modes);
        skills = List.copyOf(skills);
        targetOccupations = List.copyOf(targetOccupations);
        savedCourses = savedCourses == null ? List.of() : List.copyOf(savedCourses);
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
