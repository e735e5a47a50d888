package nl.cleantechwerkt.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseSupply;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly snapshots of the figures, so the trend keeps what the region looked like after needs,
 * profiles and courses have changed. A snapshot holds, for the month, every skill × municipality
 * × level cell with demand or supply, plus the totals over each dimension ({@code *}), computed
 * exactly as {@link Insights} computes live figures (runs from the day it is taken, no end).
 * Only the current month is ever (re)written: {@link #snapshotNow} replaces its rows, so the last
 * refresh within a month is what the month keeps, and a past month stays as it was.
 */
@Service
public class InsightSnapshots {

    private static final Logger log = LoggerFactory.getLogger(InsightSnapshots.class);

    private final Insights insights;
    private final Gazetteer gazetteer;
    private final SnapshotStore store;
    private final Clock clock;

    InsightSnapshots(Insights insights, Gazetteer gazetteer, SnapshotStore store, Clock clock) {
        this.insights = insights;
        this.gazetteer = gazetteer;
        this.store = store;
        this.clock = clock;
    }

    /** Takes (or refreshes) the current month's snapshot now; returns the number of rows written. */
    @Transactional
    public int snapshotNow() {
        return snapshot(LocalDate.now(clock));
    }

    /**
     * Writes the snapshot of {@code day}'s month as the figures stand, with runs counted from that
     * day. Only {@link #snapshotNow} and the tests call it: the tests take a past month's snapshot
     * this way, as the job would have on that day.
     */
    @Transactional
    int snapshot(LocalDate day) {
        long started = System.nanoTime();
        YearMonth month = YearMonth.from(day);
        Insights.Inputs in = insights.inputs(day);
        List<SnapshotStore.Row> rows = new ArrayList<>();
        for (String municipality : municipalities(in)) {
            for (Level level : levels(in)) {
                InsightQuery q = new InsightQuery(municipality, level, null, null);
                FigureTable t = insights.table(in, q, day);
                String m = municipality == null ? SnapshotStore.ALL : municipality;
                String l = level == null ? SnapshotStore.ALL : level.code();
                t.skills().forEach((uri, cell) -> rows.add(new SnapshotStore.Row(m, l, uri, cell.demand, cell.sources.size(),
                        cell.courses.size(), t.seatsOf(cell), cell.reachable.size(), cell.unmet() ? 1 : 0)));
                FigureTable.Tally total = t.total();
                rows.add(new SnapshotStore.Row(m, l, SnapshotStore.ALL, total.demand(), total.sources(), total.courses(),
                        total.seats(), 0, total.unmet()));
            }
        }
        store.replace(month, rows, clock.instant());
        log.info("Insight snapshot {}: {} rows in {} ms", month, rows.size(), (System.nanoTime() - started) / 1_000_000);
        return rows.size();
    }

    /** The region (null), its municipalities and every other municipality with a need, a learner or a run. */
    private Set<String> municipalities(Insights.Inputs in) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(null);
        gazetteer.regionMunicipalities().stream().map(MunicipalityView::code).forEach(codes::add);
        in.sources().stream().map(DemandSource::municipalityCode).filter(Objects::nonNull).forEach(codes::add);
        in.courses().stream().flatMap(c -> c.runs().stream()).map(CourseSupply.Run::municipalityCode)
                .filter(Objects::nonNull).forEach(codes::add);
        return codes;
    }

    /** All levels (null) and every level a learner or a course has. */
    private static Set<Level> levels(Insights.Inputs in) {
        Set<Level> levels = new LinkedHashSet<>();
        levels.add(null);
        in.sources().stream().map(DemandSource::level).filter(Objects::nonNull).forEach(levels::add);
        in.courses().stream().map(CourseSupply::level).filter(Objects::nonNull).forEach(levels::add);
        return levels;
    }

    /** Rows stored for a month, for tests. */
    List<SnapshotStore.Row> rows(YearMonth month) {
        return store.rows(month);
    }
}
