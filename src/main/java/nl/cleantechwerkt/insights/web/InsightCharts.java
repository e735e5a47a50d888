package nl.cleantechwerkt.insights.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.insights.AreaFigures;
import nl.cleantechwerkt.insights.GroupFigures;
import nl.cleantechwerkt.insights.MonthFigures;
import nl.cleantechwerkt.insights.SkillFigures;
import nl.cleantechwerkt.insights.charts.Bar;
import nl.cleantechwerkt.insights.charts.ChartSpec;
import nl.cleantechwerkt.insights.charts.MapPoint;
import nl.cleantechwerkt.insights.charts.Series;
import nl.cleantechwerkt.insights.charts.SvgCharts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of the insight pages, with their words from the message bundles. */
@Component
class InsightCharts {

    /** Bars beyond this many become unreadable; the table has the rest. */
    static final int TOP = 10;

    private final MessageSource messages;

    InsightCharts(MessageSource messages) {
        this.messages = messages;
    }

    String unmet(String id, List<SkillFigures> skills, Locale locale) {
        return SvgCharts.bars(spec(id, "dashboard.chart.unmet", "dashboard.chart.demand", locale),
                skills.stream().limit(TOP).map(s -> new Bar(s.label(locale), s.demand())).toList());
    }

    String municipalities(String id, List<AreaFigures> areas, Locale locale) {
        return SvgCharts.regionMap(spec(id, "dashboard.chart.map", "dashboard.chart.demand", locale),
                areas.stream().map(a -> new MapPoint(a.name(), a.latitude(), a.longitude(), a.demand())).toList());
    }

    String groups(String id, List<GroupFigures> groups, Locale locale) {
        List<GroupFigures> top = groups.stream().limit(TOP).toList();
        return SvgCharts.bars(spec(id, "dashboard.chart.groups", "dashboard.chart.number", locale),
                top.stream().map(g -> g.label(locale)).toList(), List.of(
                        new Series(message("dashboard.chart.demand", locale), top.stream().map(GroupFigures::demand).toList()),
                        new Series(message("dashboard.chart.courses", locale),
                                top.stream().map(g -> (double) g.supplyCourses()).toList())));
    }

    String trend(String id, List<MonthFigures> months, Locale locale) {
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        return SvgCharts.lines(spec(id, "dashboard.chart.trend", "dashboard.chart.number", locale),
                months.stream().map(m -> shortMonth.format(m.month())).toList(), List.of(
                        new Series(message("dashboard.chart.demand", locale), months.stream().map(MonthFigures::demand).toList()),
                        new Series(message("dashboard.chart.courses", locale),
                                months.stream().map(m -> m.recorded() ? (double) m.supplyCourses() : null).toList()),
                        new Series(message("dashboard.chart.unmetSkills", locale),
                                months.stream().map(m -> m.unmetSkills() == null ? null : (double) m.unmetSkills()).toList())));
    }

    /** Bars of the school's nearby demand. */
    String nearby(String id, List<NearbyDemand.Item> items, Locale locale) {
        return SvgCharts.bars(spec(id, "dashboard.chart.nearby", "dashboard.chart.demand", locale),
                items.stream().limit(TOP).map(i -> new Bar(i.figures().label(locale), i.figures().demand())).toList());
    }

    private ChartSpec spec(String id, String titleKey, String valueKey, Locale locale) {
        return new ChartSpec(id, message(titleKey, locale), message(titleKey + ".desc", locale), message(valueKey, locale),
                message("dashboard.chart.empty", locale), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
