package nl.cleantechwerkt.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;

/**
 * What to match: a target, what the person already has, and the conditions a course run must
 * meet. Every collection may be empty and every condition null (no condition).
 *
 * @param occupation ESCO occupation URI; its essential and optional skills are the target
 * @param targetSkills further target skills counted as essential (an employer's must-haves)
 * @param optionalTargetSkills further target skills counted as optional (nice-to-haves)
 * @param has skills the person has; for now plain URIs (a proficiency per skill may later make
 *     a "basic" skill count as partly missing)
 * @param near place, municipality or 4-digit postcode the person travels from
 * @param radiusKm how far the person travels; defaults to {@value CourseMatcher#DEFAULT_RADIUS_KM} when near is given
 * @param level the person's highest education level: only courses whose entry level is at most
 *     this are matched (courses stating no entry level always are)
 * @param schedules when the person can attend (day, evening, weekend); empty means any
 * @param startFrom earliest start the person can make; today when null or earlier
 * @param startTo latest start wanted
 * @param maxPriceEur budget for the course fee of one run; runs without a stated fee always fit
 * @param size how many courses to return, 1 to {@value CourseMatcher#MAX_SIZE}; defaults to {@value CourseMatcher#DEFAULT_SIZE}
 * @param modes the course modes the person can follow (a part-timer no full-time course); empty means any
 */
public record MatchRequest(String occupation, List<String> targetSkills, List<String> optionalTargetSkills,
        Set<String> has, String near, Double radiusKm, Level level, Set<Schedule> schedules, LocalDate startFrom,
        LocalDate startTo, BigDecimal maxPriceEur, Integer size, Set<CourseMode> modes) {

    public MatchRequest {
        targetSkills = withoutNulls(targetSkills).toList();
        optionalTargetSkills = withoutNulls(optionalTargetSkills).toList();
        has = withoutNulls(has).collect(Collectors.toUnmodifiableSet());
        schedules = withoutNulls(schedules).collect(Collectors.toUnmodifiableSet());
        modes = withoutNulls(modes).collect(Collectors.toUnmodifiableSet());
    }

    /** Any course mode. */
    public MatchRequest(String occupation, List<String> targetSkills, List<String> optionalTargetSkills, Set<String> has,
            String near, Double radiusKm, Level level, Set<Schedule> schedules, LocalDate startFrom, LocalDate startTo,
            BigDecimal maxPriceEur, Integer size) {
        this(occupation, targetSkills, optionalTargetSkills, has, near, radiusKm, level, schedules, startFrom, startTo,
                maxPriceEur, size, Set.of());
    }

    private static <T> Stream<T> withoutNulls(Collection<T> values) {
        return values == null ? Stream.empty() : values.stream().filter(Objects::nonNull);
    }

    /** A person aiming at an occupation, with the skills they have; no further conditions. */
    public static MatchRequest forOccupation(String occupationUri, Collection<String> has) {
        return new MatchRequest(occupationUri, null, null, has == null ? null : Set.copyOf(has), null, null, null, null, null,
                null, null, null);
    }

    public MatchRequest near(String place, Double radius) {
        return new MatchRequest(occupation, targetSkills, optionalTargetSkills, has, place, radius, level, schedules, startFrom,
                startTo, maxPriceEur, size, modes);
    }

    public MatchRequest level(Level personLevel) {
        return new MatchRequest(occupation, targetSkills, optionalTargetSkills, has, near, radiusKm, personLevel, schedules,
                startFrom, startTo, maxPriceEur, size, modes);
    }

    public MatchRequest size(Integer count) {
        return new MatchRequest(occupation, targetSkills, optionalTargetSkills, has, near, radiusKm, level, schedules, startFrom,
                startTo, maxPriceEur, count, modes);
    }

    public MatchRequest modes(Set<CourseMode> acceptable) {
        return new MatchRequest(occupation, targetSkills, optionalTargetSkills, has, near, radiusKm, level, schedules, startFrom,
                startTo, maxPriceEur, size, acceptable);
    }
}
