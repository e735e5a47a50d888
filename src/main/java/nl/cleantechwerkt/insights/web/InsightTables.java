package nl.cleantechwerkt.insights.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.cleantechwerkt.insights.AreaFigures;
import nl.cleantechwerkt.insights.GroupFigures;
import nl.cleantechwerkt.insights.LevelFigures;
import nl.cleantechwerkt.insights.MonthFigures;
import nl.cleantechwerkt.insights.SkillFigures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the figures of {@code insights.Insights} into {@link Table}s in the reader's language.
 * One method per table; the page and the CSV export both call it.
 */
@Component
class InsightTables {

    private final MessageSource messages;

    InsightTables(MessageSource messages) {
        this.messages = messages;
    }

    Table unmet(List<SkillFigures> skills, Locale locale) {
        Numbers n = new Numbers(locale);
        return table(TableKind.UNMET, locale, "dashboard.col.skill", List.of(
                text("dashboard.col.group", locale), number("dashboard.col.demand", locale), number("dashboard.col.sources", locale)),
                skills, s -> new Table.Row(s.label(locale), List.of(plain(s.group(locale)), n.amount(s.demand()),
                        n.count(s.demandSources())), s.suppressed()));
    }

    Table skills(List<SkillFigures> skills, Locale locale) {
        Numbers n = new Numbers(locale);
        return table(TableKind.SKILLS, locale, "dashboard.col.skill", List.of(
                text("dashboard.col.group", locale), number("dashboard.col.demand", locale), number("dashboard.col.sources", locale),
                number("dashboard.col.courses", locale), number("dashboard.col.seats", locale), number("dashboard.col.ratio", locale),
                text("dashboard.col.unmet", locale)),
                skills, s -> new Table.Row(s.label(locale), List.of(plain(s.group(locale)), n.amount(s.demand()),
                        n.count(s.demandSources()), n.count(s.supplyCourses()), n.count(s.supplySeats()), n.ratio(s.ratio()),
                        s.suppressed() ? new Table.Cell("—", "") : plain(yesNo(s.unmet(), locale))), s.suppressed()));
    }

    Table groups(List<GroupFigures> groups, Locale locale) {
        return setTable(TableKind.GROUPS, "dashboard.col.group", groups, locale);
    }

    Table occupations(List<GroupFigures> occupations, Locale locale) {
        return setTable(TableKind.OCCUPATIONS, "dashboard.col.occupation", occupations, locale);
    }

    Table municipalities(List<AreaFigures> areas, Locale locale) {
        Numbers n = new Numbers(locale);
        return table(TableKind.MUNICIPALITIES, locale, "dashboard.col.municipality", List.of(
                number("dashboard.col.demand", locale), number("dashboard.col.sources", locale),
                number("dashboard.col.courses", locale), number("dashboard.col.localCourses", locale),
                number("dashboard.col.seats", locale), number("dashboard.col.ratio", locale),
                number("dashboard.col.unmetSkills", locale)),
                areas, a -> new Table.Row(a.name(), List.of(n.amount(a.demand()), n.count(a.demandSources()),
                        n.count(a.supplyCourses()), n.count(a.localCourses()), n.count(a.supplySeats()), n.ratio(a.ratio()),
                        n.count(a.unmetSkills())), a.suppressed()));
    }

    Table levels(List<LevelFigures> levels, Locale locale) {
        Numbers n = new Numbers(locale);
        return table(TableKind.LEVELS, locale, "dashboard.col.level", totalsColumns(locale),
                levels, l -> new Table.Row(message(l.level().messageKey(), locale), List.of(n.amount(l.demand()),
                        n.count(l.demandSources()), n.count(l.supplyCourses()), n.count(l.supplySeats()), n.ratio(l.ratio()),
                        n.count(l.unmetSkills())), l.suppressed()));
    }

    Table trend(List<MonthFigures> months, Locale locale) {
        Numbers n = new Numbers(locale);
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        List<Table.Column> columns = new ArrayList<>(totalsColumns(locale));
        columns.add(text("dashboard.col.measured", locale));
        return table(TableKind.TREND, locale, "dashboard.col.month", columns, months, m -> {
            String measured = message(m.live() ? "dashboard.measured.live" : m.recorded() ? "dashboard.measured.snapshot"
                    : "dashboard.measured.none", locale);
            return new Table.Row(monthName.format(m.month()), List.of(n.amount(m.demand()), n.count(m.demandSources()),
                    m.recorded() ? n.count(m.supplyCourses()) : n.count(null), m.recorded() ? n.count(m.supplySeats()) : n.count(null),
                    n.ratio(m.ratio()), n.count(m.unmetSkills()), plain(measured)), m.suppressed());
        });
    }

    /**
     * The table as a CSV file; with {@code flagSuppressed} (public figures) a last column says
     * which rows are suppressed, since their empty cells would otherwise read as zero.
     */
    byte[] csv(Table table, boolean flagSuppressed, Locale locale) {
        return CsvExport.write(table, flagSuppressed ? message("dashboard.col.suppressed", locale) : null,
                message("dashboard.yes", locale), message("dashboard.no", locale));
    }

    /** The school's "demand you could meet" ({@link NearbyDemand}). */
    Table nearby(List<NearbyDemand.Item> items, Locale locale) {
        Numbers n = new Numbers(locale);
        return table(TableKind.NEARBY, locale, "dashboard.col.skill", List.of(
                text("dashboard.col.reason", locale), number("dashboard.col.demand", locale), number("dashboard.col.sources", locale),
                number("dashboard.col.courses", locale), text("dashboard.col.unmet", locale)),
                items, i -> {
                    SkillFigures s = i.figures();
                    String reason = i.reason().occupation() != null
                            ? message("dashboard.reason.occupation", locale, i.reason().occupation().label(locale))
                            : message("dashboard.reason.group", locale,
                                    "en".equals(locale.getLanguage()) && i.reason().groupEn() != null ? i.reason().groupEn()
                                            : i.reason().groupNl());
                    return new Table.Row(s.label(locale), List.of(plain(reason), n.amount(s.demand()), n.count(s.demandSources()),
                            n.count(s.supplyCourses()), s.suppressed() ? new Table.Cell("—", "") : plain(yesNo(s.unmet(), locale))),
                            s.suppressed());
                });
    }

    /** A skill group or an occupation: a set of skills with their totals. */
    private Table setTable(TableKind kind, String nameKey, List<GroupFigures> rows, Locale locale) {
        Numbers n = new Numbers(locale);
        List<Table.Column> columns = new ArrayList<>();
        columns.add(number("dashboard.col.skills", locale));
        columns.addAll(totalsColumns(locale));
        return table(kind, locale, nameKey, columns, rows, g -> new Table.Row(g.label(locale), List.of(n.count(g.skills()),
                n.amount(g.demand()), n.count(g.demandSources()), n.count(g.supplyCourses()), n.count(g.supplySeats()),
                n.ratio(g.ratio()), n.count(g.unmetSkills())), g.suppressed()));
    }

    private List<Table.Column> totalsColumns(Locale locale) {
        return List.of(number("dashboard.col.demand", locale), number("dashboard.col.sources", locale),
                number("dashboard.col.courses", locale), number("dashboard.col.seats", locale),
                number("dashboard.col.ratio", locale), number("dashboard.col.unmetSkills", locale));
    }

    <T> Table table(TableKind kind, Locale locale, String rowHeaderKey, List<Table.Column> columns, List<T> items,
            Function<T, Table.Row> row) {
        return new Table(kind, message("dashboard.table." + kind.slug(), locale), message(rowHeaderKey, locale), columns,
                items.stream().map(row).toList());
    }

    Table.Column number(String key, Locale locale) {
        return new Table.Column(message(key, locale), true);
    }

    Table.Column text(String key, Locale locale) {
        return new Table.Column(message(key, locale), false);
    }

    static Table.Cell plain(String text) {
        return new Table.Cell(text == null ? "—" : text, text == null ? "" : text);
    }

    String yesNo(boolean value, Locale locale) {
        return message(value ? "dashboard.yes" : "dashboard.no", locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
