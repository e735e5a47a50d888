package nl.cleantechwerkt.matching;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The matching score (DESIGN §5), pure arithmetic so it is tested without Spring or an index.
 *
 * <pre>
 * rarity(s)    = ln(1 + N / n(s))          N: occupations in the taxonomy, n(s): those listing s (at least 1)
 * weight(s)    = importance(s) × rarity(s) importance: essential 1, optional 0.5
 * coverage(c)  = Σ weight(s), s missing and taught by c  /  Σ weight(s), s missing
 * proximity(d) = 0.5 + 0.5 × 2^(−d / 20 km) d: km to the run; 1 for online runs or when no place was given
 * startSoon(t) = 0.5 + 0.5 × 2^(−t / 90 d)  t: days from the earliest possible start to the run's start
 * score(c)     = coverage(c) × proximity × startSoon, for the course's best qualifying run
 * </pre>
 *
 * <p>Coverage is what a course is for, so it leads: the two decays are smooth (no cliff at a
 * round number), halve their effect every 20 km and every 90 days, and never fall below 0.5 —
 * together they can at most quarter a score, so a course teaching four times as much of the
 * gap, far away and late, still outranks a nearby course teaching little. Equal scores are
 * ordered by course code, provider code and id, so equal input always gives the same list.
 * No missing skills, or a course teaching none of them, gives no score at all.
 */
final class MatchScoring {

    static final double ESSENTIAL = 1.0;
    static final double OPTIONAL = 0.5;
    static final double DECAY_FLOOR = 0.5;
    static final double PROXIMITY_HALF_KM = 20;
    static final double START_HALF_DAYS = 90;

    /** Best score first; ties by course code, provider code, id. */
    static final Comparator<CourseMatch> RANKING = Comparator.comparingDouble(CourseMatch::score).reversed()
            .thenComparing(CourseMatch::courseCode)
            .thenComparing(CourseMatch::providerCode)
            .thenComparingLong(CourseMatch::courseId);

    private MatchScoring() {
    }

    /**
     * IDF-like rarity: a skill few occupations need (installing heat pumps) weighs more than
     * one nearly every technical occupation lists (reading 2D drawings).
     */
    static double rarity(int occupationsNeeding, int occupations) {
        return Math.log(1 + (double) Math.max(1, occupations) / Math.max(1, occupationsNeeding));
    }

    /** The missing skills of a gap with their weights, {@code importance × rarity}. */
    static WeightedGap weigh(SkillGap gap, ToDoubleFunction<String> rarity) {
        Map<String, Double> weights = new LinkedHashMap<>();
        gap.essentialMissing().forEach(s -> weights.put(s, ESSENTIAL * rarity.applyAsDouble(s)));
        gap.optionalMissing().forEach(s -> weights.put(s, OPTIONAL * rarity.applyAsDouble(s)));
        return WeightedGap.of(weights, Set.copyOf(gap.essentialMissing()));
    }

    static double proximity(Double km) {
        return km == null ? 1 : decay(Math.max(0, km), PROXIMITY_HALF_KM);
    }

    static double startSoon(long days) {
        return decay(Math.max(0, days), START_HALF_DAYS);
    }

    private static double decay(double x, double half) {
        return DECAY_FLOOR + (1 - DECAY_FLOOR) * Math.pow(2, -x / half);
    }

    /**
     * Scores a course against the gap: empty when the gap is empty, when the course teaches none
     * of it, or when none of its runs meets the conditions. Of several qualifying runs the one
     * with the best {@code proximity × startSoon} is explained (then the earliest, then by place).
     */
    static Optional<CourseMatch> score(WeightedGap gap, Candidate course, RunConditions conditions) {
        if (gap.isEmpty()) {
            return Optional.empty();
        }
        Set<String> taught = new HashSet<>(course.skills());
        List<String> covers = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double covered = 0;
        int essentialCovers = 0;
        for (var entry : gap.weights().entrySet()) {
            if (taught.contains(entry.getKey())) {
                covers.add(entry.getKey());
                covered += entry.getValue();
                essentialCovers += gap.essential().contains(entry.getKey()) ? 1 : 0;
            } else {
                missing.add(entry.getKey());
            }
        }
        if (covers.isEmpty()) {
            return Optional.empty();
        }
        Optional<RunScore> best = course.runs().stream()
                .filter(conditions::admits)
                .map(run -> runScore(run, conditions))
                .sorted(Comparator.comparingDouble(RunScore::factor).reversed()
                        .thenComparing(r -> r.run().start())
                        .thenComparing(r -> r.run().online())
                        .thenComparing(r -> r.run().place() == null ? "" : r.run().place()))
                .findFirst();
        if (best.isEmpty()) {
            return Optional.empty();
        }
        RunScore run = best.get();
        double coverage = covered / gap.total();
        MatchExplanation explanation = new MatchExplanation(covers, essentialCovers, missing, covered, gap.total(), coverage,
                run.run().start(), run.days(), run.run().online(), run.run().online() ? null : run.run().place(),
                conditions.near() == null ? null : conditions.near().name(), run.km(), run.run().schedule(),
                run.run().priceEur(), run.proximity(), run.startSoon(), coverage * run.proximity() * run.startSoon());
        return Optional.of(new CourseMatch(course.id(), course.courseCode(), course.providerCode(), course.providerName(),
                course.title(), course.level(), course.mode(), explanation));
    }

    private static RunScore runScore(Candidate.Run run, RunConditions conditions) {
        Double km = conditions.distanceKm(run);
        long days = ChronoUnit.DAYS.between(conditions.earliest(), run.start());
        return new RunScore(run, km, days, proximity(km), startSoon(days));
    }

    private record RunScore(Candidate.Run run, Double km, long days, double proximity, double startSoon) {

        double factor() {
            return proximity * startSoon;
        }
    }
}
