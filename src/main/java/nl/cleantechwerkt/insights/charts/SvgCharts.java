package nl.cleantechwerkt.insights.charts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Charts as SVG markup, drawn on the server: horizontal bars (one or more series), lines over
 * time and a map of the region with circles. The pages put the markup inline, the yearly report
 * puts it into its HTML and PDF; neither needs JavaScript, and nothing here writes a
 * {@code style} attribute, so the strict Content-Security-Policy holds.
 *
 * <p>Every chart is an {@code <svg role="img">} named by its {@code <title>} and described by its
 * {@code <desc>} ({@code aria-labelledby}); the texts inside are for sighted readers, the page
 * puts the same numbers in a table next to it. Colours have at least 4.5:1 contrast on white and
 * are never the only difference: series also differ by position and legend (bars) or by dash
 * pattern and marker shape (lines); the map repeats each value in its label. A {@code null}
 * value (suppressed or unknown) is written "—" and never drawn as zero.
 */
public final class SvgCharts {

    /** Text and axes. */
    static final String INK = "#1b1f23";
    static final String MUTED = "#4a5560";
    static final String GRID = "#d0d7de";
    /** Series colours: the site's green, then dark orange, blue and purple; each ≥ 7:1 on white. */
    static final List<String> COLOURS = List.of("#005a3c", "#b34700", "#1d4f91", "#6b3fa0");
    static final List<String> DASHES = List.of("", "7 4", "2 3", "9 3 2 3");
    /** Lightest fill of the map's circles; every circle also has a dark outline (3:1 against the white map). */
    private static final int[] MAP_LIGHT = {0xcf, 0xea, 0xdd};
    private static final int[] MAP_DARK = {0x00, 0x5a, 0x3c};
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    private static final String NONE = "—";
    private static final int WIDTH = 640;
    private static final int FONT_SIZE = 13;
    /** Average advance of a 13 px sans-serif glyph: the server cannot measure text, so it estimates. */
    private static final double CHAR_WIDTH = 7.2;
    private static final int MAX_LABEL_CHARS = 36;

    private SvgCharts() {
    }

    /** A bar chart with one series: one bar per item, in the order given. */
    public static String bars(ChartSpec spec, List<Bar> bars) {
        return bars(spec, bars.stream().map(Bar::label).toList(),
                List.of(new Series(spec.valueLabel(), bars.stream().map(Bar::value).toList())));
    }

    /**
     * Horizontal bars: one group per category, one bar per series in it (e.g. demand and supply
     * per skill group), with a legend when there is more than one series. Horizontal, because the
     * categories are long skill names that read best on a line of their own.
     */
    public static String bars(ChartSpec spec, List<String> categories, List<Series> series) {
        checkLengths(categories.size(), series);
        if (categories.isEmpty() || series.isEmpty()) {
            return empty(spec);
        }
        int seriesCount = series.size();
        int barHeight = 14;
        int groupHeight = seriesCount * barHeight + (seriesCount - 1) * 2;
        int groupGap = seriesCount > 1 ? 14 : 8;
        int labelChars = Math.min(MAX_LABEL_CHARS, categories.stream().mapToInt(String::length).max().orElse(0));
        double labelWidth = Math.max(60, Math.min(280, labelChars * CHAR_WIDTH + 14));
        double plotLeft = labelWidth;
        double plotRight = WIDTH - 64;
        int plotTop = seriesCount > 1 ? 34 : 10;
        int plotBottom = plotTop + categories.size() * (groupHeight + groupGap);
        int height = plotBottom + 46;
        ValueAxis axis = ValueAxis.upTo(largest(series));
        NumberFormat numbers = numbers(spec.locale());

        SvgWriter svg = start(spec, WIDTH, height);
        if (seriesCount > 1) {
            legend(svg, series, plotLeft, 14, false);
        }
        for (double tick : axis.ticks()) {
            double x = plotLeft + axis.fraction(tick) * (plotRight - plotLeft);
            svg.empty("line", "x1", x, "y1", (double) plotTop - 4, "x2", x, "y2", (double) plotBottom, "stroke", GRID,
                    "stroke-width", 1);
            svg.text("text", numbers.format(tick), "x", x, "y", (double) plotBottom + 16, "text-anchor", "middle", "fill", MUTED);
        }
        svg.text("text", spec.valueLabel(), "x", (plotLeft + plotRight) / 2, "y", (double) plotBottom + 36,
                "text-anchor", "middle", "fill", INK, "font-weight", "600");
        for (int c = 0; c < categories.size(); c++) {
            double groupTop = plotTop + c * (groupHeight + groupGap) + groupGap / 2.0;
            String category = categories.get(c);
            svg.open("g");
            svg.tooltip(category);
            svg.text("text", shorten(category), "x", plotLeft - 8, "y", groupTop + groupHeight / 2.0 + 4.5,
                    "text-anchor", "end", "fill", INK);
            svg.close("g");
            for (int s = 0; s < seriesCount; s++) {
                Double value = series.get(s).values().get(c);
                double y = groupTop + s * (barHeight + 2);
                String shown = value == null ? NONE : numbers.format(value);
                double end = plotLeft;
                if (value != null && value > 0) {
                    end = plotLeft + axis.fraction(value) * (plotRight - plotLeft);
                    svg.open("rect", "x", plotLeft, "y", y, "width", end - plotLeft, "height", (double) barHeight,
                            "fill", colour(s), "class", "bar");
                    svg.tooltip(category + (seriesCount > 1 ? " · " + series.get(s).name() : "") + ": " + shown);
                    svg.close("rect");
                }
                svg.text("text", shown, "x", end + 5, "y", y + barHeight - 3, "fill", INK, "font-size", 12);
            }
        }
        svg.empty("line", "x1", plotLeft, "y1", (double) plotTop - 4, "x2", plotLeft, "y2", (double) plotBottom,
                "stroke", MUTED, "stroke-width", 1);
        return svg.close("svg").toString();
    }

    /**
     * Lines over an x axis of evenly spaced points (months), one per series, each with its own
     * colour, dash pattern and marker shape. A {@code null} breaks the line.
     */
    public static String lines(ChartSpec spec, List<String> xLabels, List<Series> series) {
        checkLengths(xLabels.size(), series);
        if (xLabels.isEmpty() || series.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(Objects::isNull))) {
            return empty(spec);
        }
        NumberFormat numbers = numbers(spec.locale());
        ValueAxis axis = ValueAxis.upTo(largest(series));
        int tickChars = axis.ticks().stream().mapToInt(t -> numbers.format(t).length()).max().orElse(1);
        double plotLeft = 16 + tickChars * CHAR_WIDTH;
        double plotRight = WIDTH - 16;
        int plotTop = 34;
        int plotBottom = plotTop + 180;
        int legendTop = plotBottom + 44;
        int height = legendTop + 12 + (series.size() > 1 ? 12 : 0);
        double band = (plotRight - plotLeft) / xLabels.size();
        int labelEvery = Math.max(1, (int) Math.ceil(xLabels.size() / Math.floor((plotRight - plotLeft) / 64)));

        SvgWriter svg = start(spec, WIDTH, height);
        svg.text("text", spec.valueLabel(), "x", 4, "y", 16, "fill", INK, "font-weight", "600");
        for (double tick : axis.ticks()) {
            double y = plotBottom - axis.fraction(tick) * (plotBottom - plotTop);
            svg.empty("line", "x1", plotLeft, "y1", y, "x2", plotRight, "y2", y, "stroke", GRID, "stroke-width", 1);
            svg.text("text", numbers.format(tick), "x", plotLeft - 6, "y", y + 4.5, "text-anchor", "end", "fill", MUTED);
        }
        for (int i = 0; i < xLabels.size(); i++) {
            if (i % labelEvery == 0) {
                svg.text("text", xLabels.get(i), "x", plotLeft + (i + 0.5) * band, "y", (double) plotBottom + 18,
                        "text-anchor", "middle", "fill", MUTED);
            }
        }
        svg.empty("line", "x1", plotLeft, "y1", (double) plotBottom, "x2", plotRight, "y2", (double) plotBottom,
                "stroke", MUTED, "stroke-width", 1);
        for (int s = 0; s < series.size(); s++) {
            List<Double> values = series.get(s).values();
            List<double[]> run = new ArrayList<>();
            for (int i = 0; i <= values.size(); i++) {
                Double v = i < values.size() ? values.get(i) : null;
                if (v != null) {
                    run.add(new double[] {plotLeft + (i + 0.5) * band, plotBottom - axis.fraction(v) * (plotBottom - plotTop)});
                } else if (!run.isEmpty()) {
                    polyline(svg, run, s);
                    run.clear();
                }
            }
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v != null) {
                    double x = plotLeft + (i + 0.5) * band;
                    double y = plotBottom - axis.fraction(v) * (plotBottom - plotTop);
                    marker(svg, s, x, y, series.get(s).name() + " · " + xLabels.get(i) + ": " + numbers.format(v));
                }
            }
        }
        if (series.size() > 1) {
            legend(svg, series, plotLeft, legendTop, true);
        }
        return svg.close("svg").toString();
    }

    /**
     * A map of the region: each place at its centre (latitude/longitude, equirectangular with the
     * longitude shrunk by the cosine of the latitude, which at this scale is true to a few
     * metres), a circle whose area and darkness grow with the value, and a label with the name and
     * the value. Labels go on the side away from the nearest neighbour, so places close together
     * (Deventer and Voorst) keep readable labels. A scale bar gives the distances.
     */
    public static String regionMap(ChartSpec spec, List<MapPoint> points) {
        if (points.isEmpty()) {
            return empty(spec);
        }
        NumberFormat numbers = numbers(spec.locale());
        int width = 560;
        int height = 440;
        double margin = 70;
        double minLat = points.stream().mapToDouble(MapPoint::latitude).min().orElseThrow();
        double maxLat = points.stream().mapToDouble(MapPoint::latitude).max().orElseThrow();
        double minLon = points.stream().mapToDouble(MapPoint::longitude).min().orElseThrow();
        double maxLon = points.stream().mapToDouble(MapPoint::longitude).max().orElseThrow();
        double shrink = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * shrink, 0.01);
        double spanY = Math.max(maxLat - minLat, 0.01);
        double scale = Math.min((width - 2 * margin - 60) / spanX, (height - 2 * margin) / spanY);
        double offsetX = (width - spanX * scale) / 2;
        double offsetY = (height - 30 - spanY * scale) / 2;
        double largest = points.stream().map(MapPoint::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        double maxRadius = 30;

        List<double[]> xy = points.stream().map(p -> new double[] {
                offsetX + (p.longitude() - minLon) * shrink * scale,
                offsetY + (maxLat - p.latitude()) * scale}).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            order.add(i);
        }
        // Large circles first, so small ones stay visible on top of them.
        order.sort(Comparator.comparingDouble((Integer i) -> points.get(i).value() == null ? 0 : -points.get(i).value()));

        double[] radii = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Double v = points.get(i).value();
            radii[i] = v == null || v <= 0 || largest <= 0 ? 4 : Math.max(5, maxRadius * Math.sqrt(v / largest));
        }

        SvgWriter svg = start(spec, width, height);
        svg.empty("rect", "x", 0.5, "y", 0.5, "width", width - 1, "height", height - 1, "fill", "#f6f8f7", "stroke", GRID);
        for (int i : order) {
            MapPoint p = points.get(i);
            Double v = p.value();
            if (v == null || v <= 0 || largest <= 0) {
                svg.open("circle", "cx", xy.get(i)[0], "cy", xy.get(i)[1], "r", radii[i], "fill", "#ffffff", "stroke", MUTED,
                        "stroke-width", 1.5, "stroke-dasharray", v == null ? "2 2" : null);
            } else {
                svg.open("circle", "cx", xy.get(i)[0], "cy", xy.get(i)[1], "r", radii[i], "fill", mix(v / largest),
                        "fill-opacity", 0.85, "stroke", INK, "stroke-width", 1.2);
            }
            svg.tooltip(p.label() + ": " + number(v, spec.locale()));
            svg.close("circle");
        }
        List<double[]> taken = new ArrayList<>();
        taken.add(new double[] {0, height - 34, width, height}); // the scale bar and the value's name
        for (int i = 0; i < points.size(); i++) {
            taken.add(new double[] {xy.get(i)[0] - radii[i], xy.get(i)[1] - radii[i], xy.get(i)[0] + radii[i], xy.get(i)[1] + radii[i]});
        }
        for (int i : order) {
            MapPoint p = points.get(i);
            String shown = number(p.value(), spec.locale());
            double[] box = placeLabel(xy.get(i)[0], xy.get(i)[1], radii[i],
                    Math.max(p.label().length(), shown.length()) * (CHAR_WIDTH + 0.6), taken, width, height);
            taken.add(box);
            boolean leftOfPoint = box[2] <= xy.get(i)[0] - radii[i] + 0.5;
            double lx = leftOfPoint ? box[2] : box[0];
            String anchor = leftOfPoint ? "end" : "start";
            svg.text("text", p.label(), "x", lx, "y", box[1] + 12, "text-anchor", anchor, "fill", INK, "font-weight", "600");
            svg.text("text", shown, "x", lx, "y", box[1] + 27, "text-anchor", anchor, "fill", INK);
        }
        scaleBar(svg, scale, height);
        svg.text("text", spec.valueLabel(), "x", width - 12, "y", height - 14, "text-anchor", "end", "fill", MUTED);
        return svg.close("svg").toString();
    }

    /** A number as the reader writes it: Dutch "1.234,5", English "1,234.5"; at most one decimal; "—" for none. */
    public static String number(Double value, Locale locale) {
        return value == null ? NONE : numbers(locale).format(value);
    }

    private static NumberFormat numbers(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format;
    }

    private static SvgWriter start(ChartSpec spec, int width, int height) {
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "id", spec.id(),
                "width", width, "height", height, "viewBox", "0 0 " + width + " " + height, "role", "img",
                "aria-labelledby", spec.id() + "-title " + spec.id() + "-desc",
                "font-family", FONT, "font-size", FONT_SIZE);
        svg.text("title", spec.title(), "id", spec.id() + "-title");
        svg.text("desc", spec.description(), "id", spec.id() + "-desc");
        return svg;
    }

    private static String empty(ChartSpec spec) {
        SvgWriter svg = start(spec, WIDTH, 60);
        svg.text("text", spec.emptyText(), "x", WIDTH / 2, "y", 34, "text-anchor", "middle", "fill", MUTED);
        return svg.close("svg").toString();
    }

    private static void legend(SvgWriter svg, List<Series> series, double left, double y, boolean asLines) {
        double x = left;
        for (int s = 0; s < series.size(); s++) {
            if (asLines) {
                svg.empty("line", "x1", x, "y1", y - 4, "x2", x + 24, "y2", y - 4, "stroke", colour(s), "stroke-width", 2.5,
                        "stroke-dasharray", dash(s));
                marker(svg, s, x + 12, y - 4, null);
            } else {
                svg.empty("rect", "x", x, "y", y - 11, "width", 14, "height", 14, "fill", colour(s));
            }
            x += asLines ? 30 : 20;
            String name = series.get(s).name();
            svg.text("text", name, "x", x, "y", y, "fill", INK);
            x += name.length() * CHAR_WIDTH + 24;
        }
    }

    private static void polyline(SvgWriter svg, List<double[]> run, int series) {
        if (run.size() < 2) {
            return;
        }
        StringBuilder points = new StringBuilder();
        for (double[] p : run) {
            points.append(SvgWriter.coordinate(p[0])).append(',').append(SvgWriter.coordinate(p[1])).append(' ');
        }
        svg.empty("polyline", "points", points.toString().trim(), "fill", "none", "stroke", colour(series),
                "stroke-width", 2.5, "stroke-dasharray", dash(series), "stroke-linejoin", "round");
    }

    /** Circle, square, triangle, diamond: series tell apart without colour. */
    private static void marker(SvgWriter svg, int series, double x, double y, String tooltip) {
        String fill = colour(series);
        String element;
        switch (series % 4) {
            case 0 -> {
                element = "circle";
                svg.open(element, "cx", x, "cy", y, "r", 4.0, "fill", fill);
            }
            case 1 -> {
                element = "rect";
                svg.open(element, "x", x - 4, "y", y - 4, "width", 8, "height", 8, "fill", fill);
            }
            case 2 -> {
                element = "polygon";
                svg.open(element, "points", SvgWriter.coordinate(x) + "," + SvgWriter.coordinate(y - 5) + " "
                        + SvgWriter.coordinate(x + 5) + "," + SvgWriter.coordinate(y + 4) + " "
                        + SvgWriter.coordinate(x - 5) + "," + SvgWriter.coordinate(y + 4), "fill", fill);
            }
            default -> {
                element = "polygon";
                svg.open(element, "points", SvgWriter.coordinate(x) + "," + SvgWriter.coordinate(y - 5) + " "
                        + SvgWriter.coordinate(x + 5) + "," + SvgWriter.coordinate(y) + " "
                        + SvgWriter.coordinate(x) + "," + SvgWriter.coordinate(y + 5) + " "
                        + SvgWriter.coordinate(x - 5) + "," + SvgWriter.coordinate(y), "fill", fill);
            }
        }
        if (tooltip != null) {
            svg.tooltip(tooltip);
        }
        svg.close(element);
    }

    /** A bar of 10 km (5 km when the map is small), so distances can be read off. */
    private static void scaleBar(SvgWriter svg, double pixelsPerDegreeLat, int height) {
        double pixelsPerKm = pixelsPerDegreeLat / 111.2;
        int km = pixelsPerKm * 10 > 160 ? 5 : 10;
        double length = km * pixelsPerKm;
        double y = height - 18;
        svg.empty("line", "x1", 14, "y1", y, "x2", 14 + length, "y2", y, "stroke", INK, "stroke-width", 2);
        svg.empty("line", "x1", 14, "y1", y - 5, "x2", 14, "y2", y + 1, "stroke", INK, "stroke-width", 2);
        svg.empty("line", "x1", 14 + length, "y1", y - 5, "x2", 14 + length, "y2", y + 1, "stroke", INK, "stroke-width", 2);
        svg.text("text", km + " km", "x", 14 + length + 6, "y", y + 4, "fill", INK);
    }

    /**
     * Where a two-line label (name, value) goes: right of the circle, left, below or above —
     * the first of those that overlaps no circle or label already placed and stays inside the
     * map, else the one that overlaps least. Returns the label's box (left, top, right, bottom).
     */
    private static double[] placeLabel(double x, double y, double r, double textWidth, List<double[]> taken, int width,
            int height) {
        double h = 31;
        double[][] candidates = {
                {x + r + 5, y - h / 2, x + r + 5 + textWidth, y + h / 2},
                {x - r - 5 - textWidth, y - h / 2, x - r - 5, y + h / 2},
                {x - textWidth / 2, y + r + 2, x + textWidth / 2, y + r + 2 + h},
                {x - textWidth / 2, y - r - 2 - h, x + textWidth / 2, y - r - 2}};
        double[] best = candidates[0];
        double bestCost = Double.MAX_VALUE;
        for (double[] c : candidates) {
            double cost = 0;
            for (double[] t : taken) {
                cost += Math.max(0, Math.min(c[2], t[2]) - Math.max(c[0], t[0])) * Math.max(0, Math.min(c[3], t[3]) - Math.max(c[1], t[1]));
            }
            // Outside the map counts as heavily as covering something.
            cost += (Math.max(0, -c[0]) + Math.max(0, c[2] - width) + Math.max(0, -c[1]) + Math.max(0, c[3] - height)) * h * 4;
            if (cost < bestCost - 0.5) {
                best = c;
                bestCost = cost;
            }
        }
        return best;
    }

    /** From light to the site's green as the value grows. */
    private static String mix(double share) {
        double t = Math.max(0, Math.min(1, share));
        StringBuilder hex = new StringBuilder("#");
        for (int k = 0; k < 3; k++) {
            hex.append(String.format(Locale.ROOT, "%02x", (int) Math.round(MAP_LIGHT[k] + (MAP_DARK[k] - MAP_LIGHT[k]) * t)));
        }
        return hex.toString();
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    private static String dash(int series) {
        String dash = DASHES.get(series % DASHES.size());
        return dash.isEmpty() ? null : dash;
    }

    private static double largest(List<Series> series) {
        return series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .max().orElse(0);
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1).stripTrailing() + "…";
    }

    private static void checkLengths(int expected, List<Series> series) {
        for (Series s : series) {
            if (s.values().size() != expected) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size() + " values for "
                        + expected + " categories");
            }
        }
    }
}
