package nl.cleantechwerkt.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How well a consenting learner fits an employer's need (DESIGN §5, need → learners), pure
 * arithmetic so it is tested without Spring or an index.
 *
 * <pre>
 * weight(s)    = importance(s) × rarity(s)   importance: must 1, nice 0.5; rarity as for courses
 * credit(s)    = 1     the learner has s at level good or expert
 *              = 0.75  the learner has s at level basic
 *              = 0.5   s is in training: taught by a course the learner marked interest in
 *              = 0     otherwise
 * fit          = Σ credit(s) × weight(s) / Σ weight(s)
 * score        = fit × proximity(d)          d: km between the need's place and the learner's municipality
 * </pre>
 *
 * A learner with no credit for any must-skill does not fit at all. Equal scores are ordered by
 * profile reference, so equal input always gives the same list.
 */
final class CandidateScoring {

    static final double MUST = 1.0;
    static final double NICE = 0.5;
    static final double PROFICIENT = 1.0;
    static final double BASIC = 0.75;
    static final double IN_TRAINING = 0.5;

    static final Comparator<CandidateMatch> RANKING = Comparator.comparingDouble(CandidateMatch::score).reversed()
            .thenComparingLong(c -> c.candidate().profileId());

    private CandidateScoring() {
    }

    /** The credit a learner gets for one skill; see the class comment. */
    static double credit(String skill, Map<String, Boolean> hasProficient, Set<String> inTraining) {
        Boolean proficient = hasProficient.get(skill);
        if (proficient != null) {
            return proficient ? PROFICIENT : BASIC;
        }
        return inTraining.contains(skill) ? IN_TRAINING : 0;
    }

    /**
     * Sorts the need's skills by what the learner brings and computes the fit.
     *
     * @param hasProficient the learner's skills, true for good or expert
     * @param inTraining skills taught by courses the learner marked interest in
     */
    static Fit fit(List<String> must, List<String> nice, Map<String, Boolean> hasProficient, Set<String> inTraining,
            ToDoubleFunction<String> rarity) {
        Fit.Builder fit = new Fit.Builder();
        for (String skill : must) {
            fit.add(skill, MUST * rarity.applyAsDouble(skill), credit(skill, hasProficient, inTraining), true);
        }
        for (String skill : nice) {
            fit.add(skill, NICE * rarity.applyAsDouble(skill), credit(skill, hasProficient, inTraining), false);
        }
        return fit.build();
    }

    /** What a learner brings of a need's skills, sorted, and the fit it adds up to. */
    record Fit(List<String> mustHave, List<String> mustInTraining, List<String> mustMissing, List<String> niceHave,
            List<String> niceInTraining, List<String> niceMissing, double fit) {

        /** No credit for any must-skill: the learner does not fit. */
        boolean fits() {
            return !mustHave.isEmpty() || !mustInTraining.isEmpty();
        }

        private static final class Builder {
            private final List<List<String>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            private double earned;
            private double total;

            void add(String skill, double weight, double credit, boolean must) {
                int group = credit >= BASIC ? 0 : credit > 0 ? 1 : 2;
                lists.get((must ? 0 : 3) + group).add(skill);
                earned += credit * weight;
                total += weight;
            }

            Fit build() {
                return new Fit(List.copyOf(lists.get(0)), List.copyOf(lists.get(1)), List.copyOf(lists.get(2)),
                        List.copyOf(lists.get(3)), List.copyOf(lists.get(4)), List.copyOf(lists.get(5)),
                        total == 0 ? 0 : earned / total);
            }
        }
    }
}
