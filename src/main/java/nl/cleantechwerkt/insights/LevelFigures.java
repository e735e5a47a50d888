package nl.cleantechwerkt.insights;

import nl.cleantechwerkt.shared.Level;

/**
 * Demand against supply at one level ({@link Insights#levels}): the figures of the query with that
 * level as its filter, over all skills. Employers' needs have no level and count at every level,
 * so the levels' demands do not add up to the region's.
 *
 * @param demand Σ over all skills of the demand of open needs and of learners at this education
 *     level; null when suppressed
 * @param demandSources distinct needs and learners behind it; null when suppressed
 * @param supplyCourses distinct courses at this level with a counted run
 * @param supplySeats Σ seats of their counted runs
 * @param ratio supplyCourses / demand; null when demand is 0 or suppressed
 * @param unmetSkills skills with demand and no reachable course at this level; null when suppressed
 */
public record LevelFigures(Level level, Double demand, Integer demandSources, int supplyCourses, int supplySeats,
        Double ratio, Integer unmetSkills, boolean suppressed) {
}
