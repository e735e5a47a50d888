package nl.cleantechwerkt.insights.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named row of numbers, one per category (bars) or per point on the x axis (lines). A
 * {@code null} value is a number that may not be shown (suppressed) or is unknown: it is drawn as
 * "—" and never as zero.
 */
public record Series(String name, List<Double> values) {

    public Series {
        Objects.requireNonNull(name, "name");
        // List.copyOf refuses nulls, and null is a meaningful value here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
