package nl.cleantechwerkt.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.cleantechwerkt.shared.Level;

/**
 * What a published course supplies, for counting supply against demand (insights): its level,
 * the skills it teaches and its runs that start on or after the day asked for. No title, no
 * provider: figures, not a course list.
 *
 * @param skillUris ESCO URIs of the skills the course teaches (confirmed and suggested-then-ticked alike)
 * @param runs the upcoming runs, earliest first; never empty
 */
public record CourseSupply(long courseId, Level level, Set<String> skillUris, List<Run> runs) {

    public CourseSupply {
        skillUris = Set.copyOf(skillUris);
        runs = List.copyOf(runs);
    }

    /**
     * One upcoming run.
     *
     * @param municipalityCode CBS code of the run's place, or null for an online run
     * @param latitude with {@code longitude} the run's point, or null for an online run
     * @param seats places on the run, or null when the provider did not say
     */
    public record Run(LocalDate startDate, boolean online, String municipalityCode, Double latitude, Double longitude,
            Integer seats) {
    }
}
