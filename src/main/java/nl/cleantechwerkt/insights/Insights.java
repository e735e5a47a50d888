package nl.cleantechwerkt.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseSupply;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's demand for skills against the supply of courses (issue 5). Demand: open
 * employer needs and consenting learners' gaps towards their target occupations; supply:
 * published courses with a run to come. Every figure is defined in the Javadoc of the record
 * that carries it ({@link SkillFigures}, {@link GroupFigures}, {@link AreaFigures},
 * {@link LevelFigures}, {@link MonthFigures}); docs/architecture.md ("Insights") explains why.
 * Each call reads the needs, the consenting profiles and the catalogue once (a handful of queries,
 * no query per item) and computes in memory.
 */
@Service
@Transactional(readOnly = true)
public class Insights {

    /** Under {@link Visibility#PUBLIC} a cell built from fewer needs and people than this is suppressed. */
    public static final int MIN_SOURCES = 5;

    /** A course is reachable from a municipality with a run online or within this many km of its centre. */
    public static final double REACH_KM = 25;

    private final DemandSources demandSources;
    private final CourseCatalog catalog;
    private final SkillCatalog skillCatalog;
    private final Gazetteer gazetteer;
    private final SnapshotStore snapshots;
    private final Clock clock;

    Insights(DemandSources demandSources, CourseCatalog catalog, SkillCatalog skillCatalog, Gazetteer gazetteer,
            SnapshotStore snapshots, Clock clock) {
        this.demandSources = demandSources;
        this.catalog = catalog;
        this.skillCatalog = skillCatalog;
        this.gazetteer = gazetteer;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * Every skill with demand or supply in the query, highest demand first, then by Dutch label.
     * Under {@link Visibility#PUBLIC} the suppressed skills come last, by label, so their place in
     * the order tells nothing about their demand.
     */
    public List<SkillFigures> skills(InsightQuery q, Visibility v) {
        Inputs in = inputs();
        FigureTable t = table(in, q, in.today());
        return t.skills().entrySet().stream().map(e -> skillFigures(e.getKey(), e.getValue(), t, v))
                .sorted(SKILL_ORDER).toList();
    }

    /**
     * Skills with demand that no reachable course teaches (see {@link SkillFigures#unmet}),
     * highest demand first, at most {@code limit}. Under {@link Visibility#PUBLIC} suppressed
     * skills are left out: a hidden demand cannot be ranked without showing it.
     */
    public List<SkillFigures> unmetDemand(InsightQuery q, Visibility v, int limit) {
        return skills(q, v).stream().filter(SkillFigures::unmet).limit(Math.max(0, limit)).toList();
    }

    /** Per skill group (the skills' broader ESCO concept), highest demand first; see {@link GroupFigures}. */
    public List<GroupFigures> groups(InsightQuery q, Visibility v) {
        Inputs in = inputs();
        FigureTable t = table(in, q, in.today());
        Map<String, List<Map.Entry<String, FigureTable.Cell>>> byGroup = t.skills().entrySet().stream()
                .collect(Collectors.groupingBy(e -> groupKey(e.getKey()), LinkedHashMap::new, Collectors.toList()));
        List<GroupFigures> groups = new ArrayList<>();
        byGroup.forEach((key, cells) -> {
            SkillView first = skillCatalog.skill(cells.get(0).getKey()).orElse(null);
            String labelEn = first == null || first.groupEn() == null ? key : first.groupEn();
            FigureTable.Tally tally = t.tally(cells.stream().map(Map.Entry::getValue).toList());
            groups.add(groupFigures(key, key, labelEn, tally, tally.demand(), tally.sources(), v));
        });
        return groups.stream().sorted(GROUP_ORDER).toList();
    }

    /**
     * Per target occupation of learners and occupation needs were described from, highest demand
     * first; see {@link GroupFigures}. Needs without an occupation count in {@link #skills} only.
     */
    public List<GroupFigures> occupations(InsightQuery q, Visibility v) {
        Inputs in = inputs();
        FigureTable t = table(in, q, in.today());
        Map<String, FigureTable.Cell> skills = t.skills();
        List<GroupFigures> rows = new ArrayList<>();
        t.occupations().forEach((uri, cell) -> {
            OccupationView o = skillCatalog.occupation(uri).orElse(null);
            FigureTable.Tally tally = t.tally(cell.skills.stream().map(skills::get).filter(Objects::nonNull).toList());
            rows.add(groupFigures(uri, o == null ? uri : o.labelNl(), o == null ? uri : o.labelEn(), tally, cell.demand,
                    cell.sources.size(), v));
        });
        return rows.stream().sorted(GROUP_ORDER).toList();
    }

    /**
     * Each municipality of the region (and any other where a need or learner is), by name, with the
     * query's figures as if it were filtered on that municipality; the query's own municipality
     * filter is ignored.
     */
    public List<AreaFigures> municipalities(InsightQuery q, Visibility v) {
        Inputs in = inputs();
        Map<String, MunicipalityView> areas = new TreeMap<>();
        gazetteer.regionMunicipalities().forEach(m -> areas.put(m.code(), m));
        in.sources().stream().map(DemandSource::municipalityCode).filter(Objects::nonNull).distinct()
                .forEach(code -> gazetteer.municipality(code).ifPresent(m -> areas.putIfAbsent(m.code(), m)));
        return areas.values().stream().sorted(Comparator.comparing(MunicipalityView::name)).map(m -> {
            FigureTable.Tally tally = table(in, q.inMunicipality(m.code()), in.today()).total();
            Shown s = Shown.of(tally.demand(), tally.sources(), tally.courses(), tally.unmet(), v);
            return new AreaFigures(m.code(), m.name(), m.latitude(), m.longitude(), s.demand(), s.sources(), tally.courses(),
                    tally.localCourses(), tally.seats(), s.ratio(), s.unmet(), s.suppressed());
        }).toList();
    }

    /**
     * Each level, in the order of {@link Level}, with the query's figures as if it were filtered on
     * that level (the query's own level filter is ignored); levels with neither demand nor supply
     * are left out.
     */
    public List<LevelFigures> levels(InsightQuery q, Visibility v) {
        Inputs in = inputs();
        List<LevelFigures> rows = new ArrayList<>();
        for (Level level : Level.values()) {
            FigureTable t = table(in, q.atLevel(level), in.today());
            boolean learners = in.sources().stream().anyMatch(s -> !s.everyLevel() && s.level() == level);
            FigureTable.Tally tally = t.total();
            if (!learners && tally.courses() == 0) {
                continue;
            }
            Shown s = Shown.of(tally.demand(), tally.sources(), tally.courses(), tally.unmet(), v);
            rows.add(new LevelFigures(level, s.demand(), s.sources(), tally.courses(), tally.seats(), s.ratio(), s.unmet(),
                    s.suppressed()));
        }
        return rows;
    }

    /**
     * One point per month from {@code q.from()} (default: eleven months before {@code to}) to
     * {@code q.to()} (default: the current month), oldest first, totalled over all skills. Past
     * months are read from the snapshots ({@link InsightSnapshots}); the current month is computed
     * live; a month after the current one is not shown. The query's run window does not apply:
     * each point counts the runs to come on the day it was taken.
     */
    public List<MonthFigures> trend(InsightQuery q, Visibility v) {
        return trend(q, v, null);
    }

    /**
     * {@link #trend} for one skill: each month's {@link SkillFigures} figures of that skill
     * ({@code unmetSkills} is 1 when it was unmet, else 0); a recorded month in which the skill had
     * neither demand nor supply counts 0 (suppressed under {@link Visibility#PUBLIC}).
     */
    public List<MonthFigures> skillTrend(InsightQuery q, Visibility v, String skillUri) {
        return trend(q, v, Objects.requireNonNull(skillUri));
    }

    /** The region's totals now, for the query's municipality and level: the current month of {@link #trend}. */
    public MonthFigures current(InsightQuery q, Visibility v) {
        YearMonth now = YearMonth.now(clock);
        return trend(new InsightQuery(q.municipalityCode(), q.level(), now, now), v).get(0);
    }

    private List<MonthFigures> trend(InsightQuery q, Visibility v, String skillUri) {
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        YearMonth to = q.to() == null || q.to().isAfter(current) ? current : q.to();
        YearMonth from = q.from() == null ? to.minusMonths(11) : q.from();
        if (from.plusMonths(InsightQuery.MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidRequestException("from", "insights.error.periodTooLong", InsightQuery.MAX_MONTHS);
        }
        String municipality = municipality(q).map(MunicipalityView::code).orElse(null);
        YearMonth lastStored = to.isBefore(current) ? to : current.minusMonths(1);
        Map<YearMonth, SnapshotStore.Total> stored = snapshots.totals(from, lastStored, municipality, q.level(), skillUri);
        Set<YearMonth> recordedMonths = snapshots.months(from, lastStored);
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (m.equals(current)) {
                FigureTable t = table(inputs(), new InsightQuery(municipality, q.level(), null, null), today);
                SnapshotStore.Total live = skillUri == null ? SnapshotStore.Total.of(t.total()) : SnapshotStore.Total.of(t, skillUri);
                months.add(month(m, true, true, live, v));
            } else if (recordedMonths.contains(m)) {
                months.add(month(m, true, false, stored.getOrDefault(m, SnapshotStore.Total.EMPTY), v));
            } else {
                months.add(new MonthFigures(m, false, false, null, null, 0, 0, null, null, false));
            }
        }
        return months;
    }

    /** What the figures are computed from: read once per call. */
    record Inputs(LocalDate today, List<DemandSource> sources, List<CourseSupply> courses) {
    }

    Inputs inputs() {
        LocalDate today = LocalDate.now(clock);
        return inputs(today);
    }

    Inputs inputs(LocalDate today) {
        return new Inputs(today, demandSources.current(), supply(today));
    }

    /** The catalogue's supply as read for a day and a catalogue version. */
    private record CachedSupply(LocalDate day, String version, List<CourseSupply> courses) {
    }

    private volatile CachedSupply supplyCache;

    /**
     * The catalogue's supply from {@code day} on, read again only when the published catalogue
     * changed ({@link CourseCatalog#publishedVersion}: one aggregate query; every change of a
     * course or its runs moves it) or the day did. A page shows several views of the figures, and
     * at 10,000 courses reading the runs and skills is most of the cost of each. Needs and
     * profiles are read every time: they are few by comparison and have no version to ask.
     */
    private List<CourseSupply> supply(LocalDate day) {
        String version = catalog.publishedVersion();
        CachedSupply cached = supplyCache;
        if (cached != null && cached.day().equals(day) && cached.version().equals(version)) {
            return cached.courses();
        }
        List<CourseSupply> courses = catalog.supply(day);
        supplyCache = new CachedSupply(day, version, courses);
        return courses;
    }

    /** The figures of a query; an unknown municipality is a 400 naming {@code municipality}. */
    FigureTable table(Inputs in, InsightQuery q, LocalDate today) {
        MunicipalityView m = municipality(q).orElse(null);
        FigureTable.Scope scope = new FigureTable.Scope(m == null ? null : m.code(), m == null ? null : m.latitude(),
                m == null ? null : m.longitude(), q.level(), q.runsFrom(today), q.runsTo());
        return FigureTable.compute(in.sources(), in.courses(), scope);
    }

    private Optional<MunicipalityView> municipality(InsightQuery q) {
        if (q.municipalityCode() == null || q.municipalityCode().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(gazetteer.municipality(q.municipalityCode()).orElseThrow(() ->
                new InvalidRequestException("municipality", "insights.error.municipalityUnknown", q.municipalityCode())));
    }

    private SkillFigures skillFigures(String uri, FigureTable.Cell cell, FigureTable t, Visibility v) {
        SkillView s = skillCatalog.skill(uri).orElse(null);
        boolean suppressed = suppressed(cell.sources.size(), v);
        return new SkillFigures(uri, s == null ? uri : s.labelNl(), s == null ? uri : s.labelEn(),
                s == null ? null : s.groupNl(), s == null ? null : s.groupEn(), suppressed ? null : cell.demand,
                suppressed ? null : cell.sources.size(), cell.courses.size(), t.seatsOf(cell),
                suppressed ? null : ratio(cell.courses.size(), cell.demand), suppressed, t.reachable(uri));
    }

    private static GroupFigures groupFigures(String key, String labelNl, String labelEn, FigureTable.Tally tally,
            double demand, int sources, Visibility v) {
        Shown s = Shown.of(demand, sources, tally.courses(), tally.unmet(), v);
        return new GroupFigures(key, labelNl, labelEn, tally.skills(), s.demand(), s.sources(), tally.courses(),
                tally.seats(), s.ratio(), s.unmet(), s.suppressed());
    }

    private static MonthFigures month(YearMonth m, boolean recorded, boolean live, SnapshotStore.Total t, Visibility v) {
        Shown s = Shown.of(t.demand(), t.sources(), t.courses(), t.unmet(), v);
        return new MonthFigures(m, recorded, live, s.demand(), s.sources(), t.courses(), t.seats(), s.ratio(), s.unmet(),
                s.suppressed());
    }

    private String groupKey(String skillUri) {
        return skillCatalog.skill(skillUri).map(SkillView::groupNl).filter(Objects::nonNull).orElse("—");
    }

    /** The demand side of a cell as it may be shown: all null when suppressed. */
    private record Shown(Double demand, Integer sources, Double ratio, Integer unmet, boolean suppressed) {

        static Shown of(double demand, int sources, int courses, int unmet, Visibility v) {
            return Insights.suppressed(sources, v) ? new Shown(null, null, null, null, true)
                    : new Shown(demand, sources, Insights.ratio(courses, demand), unmet, false);
        }
    }

    static boolean suppressed(int sources, Visibility v) {
        return v == Visibility.PUBLIC && sources < MIN_SOURCES;
    }

    /** Supply per unit of demand; null without demand. */
    static Double ratio(int supply, double demand) {
        return demand > 0 ? supply / demand : null;
    }

    private static final Comparator<SkillFigures> SKILL_ORDER = Comparator.comparing(SkillFigures::suppressed)
            .thenComparing(SkillFigures::demand, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(SkillFigures::labelNl, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(SkillFigures::skillUri);

    private static final Comparator<GroupFigures> GROUP_ORDER = Comparator.comparing(GroupFigures::suppressed)
            .thenComparing(GroupFigures::demand, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(GroupFigures::labelNl, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(GroupFigures::key);
}
