package nl.cleantechwerkt.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import nl.cleantechwerkt.geo.Distances;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Schedule;

/**
 * What a run must meet to count: the same conditions the index filters on, checked again on
 * each projected run so that the run an explanation names is one that really qualifies.
 *
 * @param earliest first acceptable start date (today, or later when the person asked)
 * @param latest last acceptable start date, or null
 * @param near where the person travels from, or null (then any place counts and distance plays no part)
 * @param radiusKm travel radius around {@code near}; online runs are within every radius
 * @param schedules acceptable schedules; empty means any
 * @param maxPriceEur budget; runs without a stated price always fit
 * @param modes acceptable course modes, empty for any: a condition on the course, not the run,
 *     so the index filters on it and {@link #admits} does not look at it
 */
record RunConditions(LocalDate earliest, LocalDate latest, Location near, double radiusKm, Set<Schedule> schedules,
        BigDecimal maxPriceEur, Set<CourseMode> modes) {

    RunConditions {
        schedules = Set.copyOf(schedules);
        modes = Set.copyOf(modes);
    }

    RunConditions(LocalDate earliest, LocalDate latest, Location near, double radiusKm, Set<Schedule> schedules,
            BigDecimal maxPriceEur) {
        this(earliest, latest, near, radiusKm, schedules, maxPriceEur, Set.of());
    }

    boolean admits(Candidate.Run run) {
        if (run.start() == null || run.start().isBefore(earliest) || (latest != null && run.start().isAfter(latest))) {
            return false;
        }
        if (!schedules.isEmpty() && (run.schedule() == null || !schedules.contains(run.schedule()))) {
            return false;
        }
        if (maxPriceEur != null && run.priceEur() != null && run.priceEur().compareTo(maxPriceEur) > 0) {
            return false;
        }
        if (near == null || run.online()) {
            return true;
        }
        Double km = distanceKm(run);
        return km != null && km <= radiusKm;
    }

    /** Great-circle distance from {@code near}; null for online runs or when no place was given. */
    Double distanceKm(Candidate.Run run) {
        if (near == null || run.online() || run.latitude() == null || run.longitude() == null) {
            return null;
        }
        return Distances.km(near.latitude(), near.longitude(), run.latitude(), run.longitude());
    }
}
