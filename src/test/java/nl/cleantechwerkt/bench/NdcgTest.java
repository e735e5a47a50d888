package nl.cleantechwerkt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** nDCG as the comparison benchmark computes it, checked against sums worked out by hand. */
class NdcgTest {

    private static final Map<String, Integer> GRADES = Map.of("A", 3, "B", 2, "C", 1);

    @Test
    void theIdealRankingScoresOne() {
        assertThat(Ndcg.at(10, List.of("A", "B", "C"), GRADES)).isEqualTo(1.0);
    }

    @Test
    void aWorseOrderAndUnjudgedResultsScoreLess() {
        // Ranked B, X (unjudged), A. DCG = (2^2-1)/log2(2) + 0 + (2^3-1)/log2(4) = 3 + 3.5 = 6.5.
        // Ideal A, B, C: 7/1 + 3/log2(3) + 1/log2(4) = 7 + 1.892789 + 0.5 = 9.392789.
        assertThat(Ndcg.at(10, List.of("B", "X", "A"), GRADES)).isCloseTo(6.5 / 9.392789, within(1e-6));
    }

    @Test
    void onlyTheFirstKResultsCount() {
        // At k = 1 only the first result counts: B gives 3, the ideal A gives 7.
        assertThat(Ndcg.at(1, List.of("B", "A"), GRADES)).isCloseTo(3.0 / 7.0, within(1e-9));
        assertThat(Ndcg.at(10, List.of(), GRADES)).isZero();
    }

    @Test
    void aQueryWithoutRelevantCoursesHasNoScore() {
        assertThatThrownBy(() -> Ndcg.at(10, List.of("A"), Map.of("A", 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
