package nl.cleantechwerkt.matching;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The missing skills with their weights ({@code importance × rarity}), heaviest first and then
 * by URI, so every list derived from it has one fixed order.
 */
record WeightedGap(Map<String, Double> weights, Set<String> essential, double total) {

    static final WeightedGap EMPTY = new WeightedGap(Map.of(), Set.of(), 0);

    /** Orders and totals the given weights; {@code essential} names the essential ones among them. */
    static WeightedGap of(Map<String, Double> weights, Set<String> essential) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        // Summed in that fixed order, so the total is the same double for the same input.
        double total = 0;
        for (double w : ordered.values()) {
            total += w;
        }
        return new WeightedGap(Collections.unmodifiableMap(ordered), Set.copyOf(essential), total);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}
