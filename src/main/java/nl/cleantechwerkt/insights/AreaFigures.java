package nl.cleantechwerkt.insights;

/**
 * Demand against supply in one municipality ({@link Insights#municipalities}): the figures of
 * the query with that municipality as its filter, over all skills.
 *
 * @param code CBS code
 * @param latitude with {@code longitude} the municipality's centre, for a map
 * @param demand Σ over all skills of {@link SkillFigures#demand} for needs and learners in the
 *     municipality; null when suppressed
 * @param demandSources distinct needs and learners there with any demand; null when suppressed
 * @param supplyCourses distinct courses with a counted run in the municipality or online
 * @param localCourses of those, the ones with a counted run in the municipality itself
 * @param supplySeats Σ seats of the counted runs of {@code supplyCourses}
 * @param ratio supplyCourses / demand; null when demand is 0 or suppressed
 * @param unmetSkills skills with demand there and no course reachable from there (online or within
 *     {@link Insights#REACH_KM} km); null when suppressed
 * @param suppressed true under {@link Visibility#PUBLIC} when demandSources &lt; {@link Insights#MIN_SOURCES}
 */
public record AreaFigures(String code, String name, double latitude, double longitude, Double demand,
        Integer demandSources, int supplyCourses, int localCourses, int supplySeats, Double ratio, Integer unmetSkills,
        boolean suppressed) {
}
