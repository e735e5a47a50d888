package nl.cleantechwerkt.learners;

import java.util.List;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;

/**
 * What an employer may see of a consenting learner before the learner accepts contact: no name,
 * no e-mail, no account id, no exact place or postcode (only the municipality), no budget.
 *
 * @param profileId an opaque reference to the profile, for a later contact request
 * @param interestedCourseIds courses the learner means to follow: their skills are "in training"
 */
public record CandidateView(long profileId, LearnerStatus status, Level educationLevel, String municipalityCode,
        Integer radiusKm, List<Schedule> schedules, Workload workload, List<CourseMode> modes, List<ProfileSkill> skills,
        List<String> targetOccupations, List<Long> interestedCourseIds) {

    public CandidateView {
        schedules = List.copyOf(schedules);
        modes = List.copyOf(modes);
        skills = List.copyOf(skills);
        targetOccupations = List.copyOf(targetOccupations);
        interestedCourseIds = interestedCourseIds == null ? List.of() : List.copyOf(interestedCourseIds);
    }
}
