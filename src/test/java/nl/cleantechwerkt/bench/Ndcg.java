package nl.cleantechwerkt.bench;

import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at k, with exponential gain: a result at rank i
 * (1-based) with grade g adds {@code (2^g - 1) / log2(i + 1)}; the sum is divided by the same sum
 * for the ideal ranking of all judged courses. Unjudged results count as grade 0, so an engine
 * is not rewarded for what nobody judged. A query without relevant courses has no score.
 */
final class Ndcg {

    private Ndcg() {
    }

    static double at(int k, List<String> ranked, Map<String, Integer> grades) {
        double ideal = dcg(k, grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList());
        if (ideal == 0) {
            throw new IllegalArgumentException("No relevant results judged: nDCG is undefined");
        }
        return dcg(k, ranked.stream().map(code -> grades.getOrDefault(code, 0)).toList()) / ideal;
    }

    private static double dcg(int k, List<Integer> gradesInOrder) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, gradesInOrder.size()); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
