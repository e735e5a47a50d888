package nl.cleantechwerkt.insights.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import nl.cleantechwerkt.insights.SkillFigures;
import nl.cleantechwerkt.insights.charts.Bar;
import nl.cleantechwerkt.insights.charts.ChartSpec;
import nl.cleantechwerkt.insights.charts.MapPoint;
import nl.cleantechwerkt.insights.charts.Series;
import nl.cleantechwerkt.insights.charts.SvgCharts;
import nl.cleantechwerkt.insights.report.ProgressReport.Cell;
import nl.cleantechwerkt.insights.report.ProgressReport.MunicipalityRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's charts, drawn by the insight pages' SVG renderer so the page, the print and the
 * PDF show the same drawing; every chart has the same numbers in a table next to it. A suppressed
 * cell is drawn as "—", never as zero.
 */
@Component
class ReportCharts {

    private final MessageSource messages;

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** SVG markup by name: {@code unmet}, {@code municipalities}, {@code map}. */
    record Charts(String unmet, String municipalities, String map) {

        /**
         * The same charts for the tagged PDF, each with an {@code alt} text (its title and
         * description): PDF/UA wants one on every figure, and openhtmltopdf reads it from the
         * element. The page keeps the SVG's own {@code <title>}/{@code <desc>} and valid markup.
         */
        Charts forPdf() {
            return new Charts(withAlt(unmet), withAlt(municipalities), withAlt(map));
        }

        private static String withAlt(String svg) {
            String alt = (element(svg, "title") + ". " + element(svg, "desc")).trim();
            // The texts come escaped from the chart writer, so they can go into the attribute as they are.
            return svg.replaceFirst("^<svg ", Matcher.quoteReplacement("<svg alt=\"" + alt.replace("\"", "&quot;") + "\" "));
        }

        private static String element(String svg, String name) {
            int open = svg.indexOf('>', svg.indexOf("<" + name));
            int close = svg.indexOf("</" + name + ">");
            return open < 0 || close < open ? "" : svg.substring(open + 1, close);
        }
    }

    Charts draw(ProgressReport report, String periodLabel, Locale locale) {
        return new Charts(unmet(report.unmetSkills(), locale), municipalities(report.municipalities(), periodLabel, locale),
                map(report.municipalities(), periodLabel, locale));
    }

    private String unmet(List<SkillFigures> skills, Locale locale) {
        ChartSpec spec = new ChartSpec("chart-unmet", text("report.unmet.chart.title", locale),
                text("report.unmet.chart.description", locale), text("report.unmet.demand", locale),
                text("report.unmet.none", locale), locale);
        return SvgCharts.bars(spec, skills.stream().map(s -> new Bar(s.label(locale), s.demand())).toList());
    }

    private String municipalities(List<MunicipalityRow> rows, String periodLabel, Locale locale) {
        ChartSpec spec = new ChartSpec("chart-municipalities", text("report.municipalities.chart.title", locale, periodLabel),
                text("report.municipalities.chart.description", locale), text("report.count", locale),
                text("report.municipalities.none", locale), locale);
        return SvgCharts.bars(spec, rows.stream().map(MunicipalityRow::name).toList(), List.of(
                new Series(text("report.municipality.courses", locale), values(rows.stream().map(MunicipalityRow::courses).toList())),
                new Series(text("report.municipality.needs", locale), values(rows.stream().map(MunicipalityRow::needs).toList())),
                new Series(text("report.municipality.learners", locale), values(rows.stream().map(MunicipalityRow::learners).toList()))));
    }

    private String map(List<MunicipalityRow> rows, String periodLabel, Locale locale) {
        ChartSpec spec = new ChartSpec("chart-map", text("report.map.title", locale, periodLabel),
                text("report.map.description", locale), text("report.municipality.courses", locale),
                text("report.municipalities.none", locale), locale);
        return SvgCharts.regionMap(spec, rows.stream()
                .map(r -> new MapPoint(r.name(), r.latitude(), r.longitude(), value(r.courses()))).toList());
    }

    private static List<Double> values(List<Cell> cells) {
        return cells.stream().map(ReportCharts::value).toList();
    }

    private static Double value(Cell cell) {
        return cell.suppressed() ? null : cell.value().doubleValue();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
