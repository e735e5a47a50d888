package nl.cleantechwerkt.insights.charts;

import java.util.Objects;

/** One bar of a one-series bar chart; a {@code null} value is drawn as "—" (suppressed or unknown). */
public record Bar(String label, Double value) {

    public Bar {
        Objects.requireNonNull(label, "label");
    }
}
