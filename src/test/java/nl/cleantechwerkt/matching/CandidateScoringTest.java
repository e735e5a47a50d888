package nl.cleantechwerkt.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The candidate fit of DESIGN §5 (need → learners), computed by hand. */
class CandidateScoringTest {

    private static final List<String> MUST = List.of("a", "b");
    private static final List<String> NICE = List.of("c");

    private static CandidateScoring.Fit fit(Map<String, Boolean> has, Set<String> inTraining) {
        return CandidateScoring.fit(MUST, NICE, has, inTraining, skill -> 1.0);
    }

    @Test
    void proficientBasicAndInTrainingEarnDecreasingCredit() {
        assertThat(CandidateScoring.credit("a", Map.of("a", true), Set.of())).isEqualTo(1.0);
        assertThat(CandidateScoring.credit("a", Map.of("a", false), Set.of("a"))).isEqualTo(0.75);
        assertThat(CandidateScoring.credit("a", Map.of(), Set.of("a"))).isEqualTo(0.5);
        assertThat(CandidateScoring.credit("a", Map.of(), Set.of())).isZero();
    }

    @Test
    void mustSkillsWeighTwiceNiceSkills() {
        // weights: a 1, b 1, c 0.5 → total 2.5
        assertThat(fit(Map.of("a", true), Set.of()).fit()).isCloseTo(1 / 2.5, within(1e-9));
        assertThat(fit(Map.of("c", true), Set.of()).fit()).isCloseTo(0.5 / 2.5, within(1e-9));
        assertThat(fit(Map.of("a", true, "b", false), Set.of("c")).fit()).isCloseTo((1 + 0.75 + 0.25) / 2.5, within(1e-9));
    }

    @Test
    void rarerSkillsWeighMore() {
        CandidateScoring.Fit rareOwned = CandidateScoring.fit(MUST, List.of(), Map.of("a", true), Set.of(),
                skill -> skill.equals("a") ? 3.0 : 1.0);
        CandidateScoring.Fit commonOwned = CandidateScoring.fit(MUST, List.of(), Map.of("b", true), Set.of(),
                skill -> skill.equals("a") ? 3.0 : 1.0);
        assertThat(rareOwned.fit()).isCloseTo(0.75, within(1e-9));
        assertThat(commonOwned.fit()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void withoutCreditForAMustSkillALearnerDoesNotFit() {
        CandidateScoring.Fit niceOnly = fit(Map.of("c", true), Set.of());
        assertThat(niceOnly.fits()).isFalse();
        assertThat(fit(Map.of(), Set.of("b")).fits()).isTrue();
        assertThat(fit(Map.of(), Set.of()).fit()).isZero();
    }

    @Test
    void theExplanationSortsEverySkillOnce() {
        CandidateScoring.Fit fit = fit(Map.of("a", false), Set.of("c"));
        assertThat(fit.mustHave()).containsExactly("a");
        assertThat(fit.mustInTraining()).isEmpty();
        assertThat(fit.mustMissing()).containsExactly("b");
        assertThat(fit.niceHave()).isEmpty();
        assertThat(fit.niceInTraining()).containsExactly("c");
        assertThat(fit.niceMissing()).isEmpty();
    }
}
