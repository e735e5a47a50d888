package nl.cleantechwerkt.insights;

import java.util.Locale;

/**
 * Demand against supply for a set of skills: a skill group ({@link Insights#groups}) or a target
 * occupation ({@link Insights#occupations}).
 *
 * @param key the group's Dutch label, or the occupation's ESCO URI
 * @param skills how many skills of the set have demand or supply in the query
 * @param demand for a group: Σ of its skills' demand (see {@link SkillFigures#demand}); for an
 *     occupation: Σ over open needs described from that occupation of their skills' weight × people,
 *     plus Σ over consenting learners aiming at it of the weights of the skills they lack for it.
 *     Null when suppressed.
 * @param demandSources distinct needs and learners behind {@code demand}; null when suppressed
 * @param supplyCourses distinct courses (counted as for {@link SkillFigures#supplyCourses})
 *     teaching at least one skill of the set; for an occupation, at least one skill demanded for it
 * @param supplySeats Σ seats of those courses' counted runs, each course once
 * @param ratio supplyCourses / demand; null when demand is 0 or suppressed
 * @param unmetSkills skills of the set with demand and no reachable course; null when suppressed
 * @param suppressed true under {@link Visibility#PUBLIC} when demandSources &lt; {@link Insights#MIN_SOURCES}
 */
public record GroupFigures(String key, String labelNl, String labelEn, int skills, Double demand, Integer demandSources,
        int supplyCourses, int supplySeats, Double ratio, Integer unmetSkills, boolean suppressed) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }
}
