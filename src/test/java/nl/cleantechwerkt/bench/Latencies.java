package nl.cleantechwerkt.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Latency samples per kind of request, printed as p50 / p95 / p99 with the number of samples. */
final class Latencies {

    private final Map<String, List<Double>> byKind = new LinkedHashMap<>();

    /** Runs {@code request} once and records its time under {@code kind} (and under "all"). */
    void time(String kind, Runnable request) {
        long start = System.nanoTime();
        request.run();
        double ms = (System.nanoTime() - start) / 1e6;
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
        byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(ms);
    }

    /** Runs a request that may throw a checked exception, as {@link #time}. */
    void timeChecked(String kind, Callable<?> request) {
        time(kind, () -> {
            try {
                request.call();
            } catch (Exception e) {
                throw new IllegalStateException(kind + " failed", e);
            }
        });
    }

    /** The {@code p}th percentile of one kind, in ms. */
    double percentile(String kind, int p) {
        double[] s = byKind.get(kind).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return pct(s, p);
    }

    void print() {
        System.out.printf("%-22s %8s %8s %8s %8s%n", "request kind", "samples", "p50 ms", "p95 ms", "p99 ms");
        byKind.forEach((kind, samples) -> {
            double[] s = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-22s %8d %8.2f %8.2f %8.2f%n", kind, s.length, pct(s, 50), pct(s, 95), pct(s, 99));
        });
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
