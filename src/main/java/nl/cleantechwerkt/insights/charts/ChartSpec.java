package nl.cleantechwerkt.insights.charts;

import java.util.Locale;
import java.util.Objects;

/**
 * What a chart says about itself, in the reader's language: the words are passed in (from the
 * message bundles), the renderer only lays them out.
 *
 * @param id unique on the page; the SVG's {@code <title>} and {@code <desc>} get ids derived from it
 * @param title the chart's accessible name (also its {@code <title>}); shown by the page, not in the drawing
 * @param description a sentence saying what the chart shows and where the same numbers are as a table
 * @param valueLabel what the numbers are ("unmet demand"), written on the value axis and in legends
 * @param emptyText shown instead of the chart when there is nothing to draw
 * @param locale formats the numbers (Dutch: 1.234,5)
 */
public record ChartSpec(String id, String title, String description, String valueLabel, String emptyText, Locale locale) {

    public ChartSpec {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("Chart id must be a valid XML id: " + id);
        }
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        valueLabel = Objects.requireNonNullElse(valueLabel, "");
        emptyText = Objects.requireNonNullElse(emptyText, "");
        locale = Objects.requireNonNullElse(locale, Locale.ROOT);
    }
}
