package nl.cleantechwerkt.learners;

import java.util.List;
import java.util.Set;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;

/**
 * A checked profile as the learner's form delivers it: the place already resolved, skills and
 * occupations already known to the taxonomy.
 *
 * @param location where the learner lives, or {@code null}
 * @param radiusKm travel radius; {@code null} when there is no location
 */
public record ProfileData(LearnerStatus status, Level educationLevel, Location location, Integer radiusKm,
        Set<Schedule> schedules, Workload workload, Integer budgetEur, Set<CourseMode> modes, List<ProfileSkill> skills,
        List<String> targetOccupations) {

    public ProfileData {
        schedules = Set.copyOf(schedules);
        modes = Set.copyOf(modes);
        skills = List.copyOf(skills);
        targetOccupations = List.copyOf(targetOccupations);
    }
}
