package nl.cleantechwerkt.insights.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis from zero to a round number at or above the largest value, with ticks at steps of
 * 1, 2 or 5 times a power of ten, so the gridlines read as round numbers.
 */
record ValueAxis(double max, double step) {

    private static final int TARGET_TICKS = 5;

    static ValueAxis upTo(double largest) {
        if (!(largest > 0) || Double.isInfinite(largest)) {
            return new ValueAxis(1, 0.2);
        }
        double raw = largest / TARGET_TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
        // Counts are whole numbers: ticks at 0.2 or 0.5 people would read oddly.
        if (largest >= 1 && step < 1) {
            step = 1;
        }
        double max = Math.ceil(largest / step - 1e-9) * step;
        return new ValueAxis(max, step);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i * step <= max + step / 1000; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** The share of the axis a value covers, 0 to 1. */
    double fraction(double value) {
        return Math.max(0, Math.min(1, value / max));
    }
}
