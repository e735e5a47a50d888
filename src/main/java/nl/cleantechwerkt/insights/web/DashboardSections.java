package nl.cleantechwerkt.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.insights.InsightQuery;
import nl.cleantechwerkt.insights.Insights;
import nl.cleantechwerkt.insights.SkillFigures;
import nl.cleantechwerkt.insights.Visibility;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the public dashboard and the admin's view show, section by section, and each of their
 * tables alone for the CSV export. The two pages differ only in visibility (suppression) and in
 * how many rows of the long skill table they show.
 */
@Component
class DashboardSections {

    private final Insights insights;
    private final InsightTables tables;
    private final InsightCharts charts;
    private final MessageSource messages;

    DashboardSections(Insights insights, InsightTables tables, InsightCharts charts, MessageSource messages) {
        this.insights = insights;
        this.tables = tables;
        this.charts = charts;
        this.messages = messages;
    }

    /**
     * @param exportPath the export path with {@code {table}} for the table's slug, e.g. {@code /inzicht/export/{table}.csv}
     * @param skillRows how many rows of the table of all skills to show (the CSV has them all)
     */
    List<Section> sections(InsightQuery q, Visibility v, InsightFilters filters, String exportPath, int skillRows,
            Locale locale) {
        List<SkillFigures> skills = insights.skills(q, v);
        // Insights.unmetDemand is this filter over skills(q, v); applied here, the page computes the skills once.
        List<SkillFigures> unmet = skills.stream().filter(SkillFigures::unmet).toList();
        var areas = insights.municipalities(q, v);
        var groups = insights.groups(q, v);
        var months = insights.trend(q, v);
        List<Section> sections = new ArrayList<>();
        sections.add(section(TableKind.UNMET, charts.unmet("chart-unmet", unmet, locale), tables.unmet(unmet, locale),
                filters, exportPath, Integer.MAX_VALUE, locale));
        sections.add(section(TableKind.MUNICIPALITIES, charts.municipalities("chart-municipalities", areas, locale),
                tables.municipalities(areas, locale), filters, exportPath, Integer.MAX_VALUE, locale));
        sections.add(section(TableKind.GROUPS, charts.groups("chart-groups", groups, locale), tables.groups(groups, locale),
                filters, exportPath, Integer.MAX_VALUE, locale));
        sections.add(section(TableKind.TREND, charts.trend("chart-trend", months, locale), tables.trend(months, locale),
                filters, exportPath, Integer.MAX_VALUE, locale));
        sections.add(section(TableKind.SKILLS, null, tables.skills(skills, locale), filters, exportPath, skillRows, locale));
        sections.add(section(TableKind.OCCUPATIONS, null, tables.occupations(insights.occupations(q, v), locale), filters,
                exportPath, Integer.MAX_VALUE, locale));
        sections.add(section(TableKind.LEVELS, null, tables.levels(insights.levels(q, v), locale), filters, exportPath,
                Integer.MAX_VALUE, locale));
        return sections;
    }

    /** One table with all its rows, for the CSV export; {@link TableKind#NEARBY} is the school's and not here. */
    Table table(TableKind kind, InsightQuery q, Visibility v, Locale locale) {
        return switch (kind) {
            case UNMET -> tables.unmet(insights.unmetDemand(q, v, Integer.MAX_VALUE), locale);
            case SKILLS -> tables.skills(insights.skills(q, v), locale);
            case GROUPS -> tables.groups(insights.groups(q, v), locale);
            case OCCUPATIONS -> tables.occupations(insights.occupations(q, v), locale);
            case MUNICIPALITIES -> tables.municipalities(insights.municipalities(q, v), locale);
            case LEVELS -> tables.levels(insights.levels(q, v), locale);
            case TREND -> tables.trend(insights.trend(q, v), locale);
            case NEARBY -> throw new IllegalArgumentException("The school's table is exported by its own page");
        };
    }

    private Section section(TableKind kind, String chart, Table table, InsightFilters filters, String exportPath,
            int rowLimit, Locale locale) {
        String slug = kind.slug();
        return new Section("section-" + slug, message("dashboard.section." + slug, locale),
                message("dashboard.section." + slug + ".intro", locale), chart, table.firstRows(rowLimit),
                filters.on(exportPath.replace("{table}", slug)), table.rows().size());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
