package nl.cleantechwerkt.insights;

import java.util.Locale;

/**
 * Demand against supply for one skill, within an {@link InsightQuery}.
 *
 * @param groupNl the skill's group (its broader ESCO concept), or null when the taxonomy has none
 * @param demand Σ over open employer needs asking for the skill of weight × people (weight 1 for a
 *     must, 0.5 for a nice-to-have), plus Σ over consenting learners who lack the skill for one of
 *     their target occupations of its weight there (1 when essential to that occupation, 0.5 when
 *     optional; the higher when several targets ask for it). Null when suppressed.
 * @param demandSources how many distinct needs and learners make up {@code demand} (a need for
 *     five people is one source). Null when suppressed.
 * @param supplyCourses published courses teaching the skill with at least one run in the query's
 *     period (never before today), at its level, and — with a municipality — in that municipality
 *     or online
 * @param supplySeats Σ seats of those runs (a run without a stated number counts 0)
 * @param reachableCourses of the courses teaching the skill with a run in the period at the level,
 *     those with a run online or — with a municipality — within {@link Insights#REACH_KM} km of its
 *     centre (without a municipality: all of them)
 * @param ratio supplyCourses / demand; null when demand is 0 or suppressed
 * @param suppressed true under {@link Visibility#PUBLIC} when demandSources &lt; {@link Insights#MIN_SOURCES}
 */
public record SkillFigures(String skillUri, String labelNl, String labelEn, String groupNl, String groupEn, Double demand,
        Integer demandSources, int supplyCourses, int supplySeats, Double ratio, boolean suppressed, int reachableCourses) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }

    public String group(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? groupEn : groupNl;
    }

    /** Demand that no reachable course meets: demand above 0 and no reachable course; false when suppressed. */
    public boolean unmet() {
        return demand != null && demand > 0 && reachableCourses == 0;
    }
}
