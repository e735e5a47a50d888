package nl.cleantechwerkt.insights;

import java.time.YearMonth;

/**
 * The region's totals in one month ({@link Insights#trend}), for the query's municipality and
 * level, over all skills. Past months come from the month's snapshot as it was last refreshed in
 * that month; the current month is computed live. Supply is always "runs starting on or after
 * the day the figures were taken".
 *
 * @param recorded false for a past month without a snapshot (the application was not running):
 *     then every figure is null or 0
 * @param live true for the current month, computed now rather than read from a snapshot
 * @param demand Σ over all skills of {@link SkillFigures#demand}; null when suppressed or not recorded
 * @param demandSources distinct needs and learners with any demand; null when suppressed or not recorded
 * @param supplyCourses distinct courses with a counted run
 * @param supplySeats Σ seats of their counted runs
 * @param ratio supplyCourses / demand; null when demand is 0, suppressed or not recorded
 * @param unmetSkills skills with demand and no reachable course; null when suppressed or not recorded
 */
public record MonthFigures(YearMonth month, boolean recorded, boolean live, Double demand, Integer demandSources,
        int supplyCourses, int supplySeats, Double ratio, Integer unmetSkills, boolean suppressed) {
}
