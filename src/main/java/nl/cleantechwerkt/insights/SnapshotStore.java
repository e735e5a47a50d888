package nl.cleantechwerkt.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cleantechwerkt.shared.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code insight_snapshot} table (V17). Plain JDBC: rows are written in batches of
 * thousands and read as totals, nothing an entity would add to.
 */
@Repository
class SnapshotStore {

    /** The total over a dimension. */
    static final String ALL = "*";

    /** One stored cell. */
    record Row(String municipalityCode, String levelCode, String skillUri, double demand, int demandSources,
            int supplyCourses, int supplySeats, int reachableCourses, int unmetSkills) {
    }

    /** A month's totals over all skills for one municipality and level. */
    record Total(double demand, int sources, int courses, int seats, int unmet) {
        static final Total EMPTY = new Total(0, 0, 0, 0, 0);

        static Total of(FigureTable.Tally t) {
            return new Total(t.demand(), t.sources(), t.courses(), t.seats(), t.unmet());
        }

        /** One skill's figures in a table; empty when it has neither demand nor supply. */
        static Total of(FigureTable table, String skillUri) {
            FigureTable.Cell cell = table.skills().get(skillUri);
            return cell == null ? EMPTY : new Total(cell.demand, cell.sources.size(), cell.courses.size(), table.seatsOf(cell),
                    cell.unmet() ? 1 : 0);
        }
    }

    private final JdbcTemplate jdbc;

    SnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces every row of the month. */
    void replace(YearMonth month, List<Row> rows, Instant takenAt) {
        String m = month.toString();
        jdbc.update("delete from insight_snapshot where snapshot_month = ?", m);
        Timestamp at = Timestamp.from(takenAt);
        jdbc.batchUpdate("""
                insert into insight_snapshot (snapshot_month, municipality_code, level_code, skill_uri, demand,
                    demand_sources, supply_courses, supply_seats, reachable_courses, unmet_skills, taken_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 500, (ps, r) -> {
            ps.setString(1, m);
            ps.setString(2, r.municipalityCode());
            ps.setString(3, r.levelCode());
            ps.setString(4, r.skillUri());
            ps.setDouble(5, r.demand());
            ps.setInt(6, r.demandSources());
            ps.setInt(7, r.supplyCourses());
            ps.setInt(8, r.supplySeats());
            ps.setInt(9, r.reachableCourses());
            ps.setInt(10, r.unmetSkills());
            ps.setTimestamp(11, at);
        });
    }

    /** The months between from and to (inclusive) that have a snapshot. */
    Set<YearMonth> months(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query("select distinct snapshot_month from insight_snapshot"
                + " where snapshot_month >= ? and snapshot_month <= ?", (rs, i) -> YearMonth.parse(rs.getString(1).trim()),
                from.toString(), to.toString()));
    }

    /**
     * Per month, the figures of one skill (null: the totals over all skills) in one municipality
     * (null: region) and level (null: all).
     */
    Map<YearMonth, Total> totals(YearMonth from, YearMonth to, String municipalityCode, Level level, String skillUri) {
        Map<YearMonth, Total> totals = new HashMap<>();
        if (to.isBefore(from)) {
            return totals;
        }
        jdbc.query("""
                select snapshot_month, demand, demand_sources, supply_courses, supply_seats, unmet_skills
                from insight_snapshot
                where snapshot_month >= ? and snapshot_month <= ? and municipality_code = ? and level_code = ? and skill_uri = ?""",
                rs -> {
                    totals.put(YearMonth.parse(rs.getString(1).trim()), new Total(rs.getDouble(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6)));
                }, from.toString(), to.toString(), municipalityCode == null ? ALL : municipalityCode,
                level == null ? ALL : level.code(), skillUri == null ? ALL : skillUri);
        return totals;
    }

    /** Every stored row of a month, for tests and exports. */
    List<Row> rows(YearMonth month) {
        return jdbc.query("""
                select municipality_code, level_code, skill_uri, demand, demand_sources, supply_courses, supply_seats,
                    reachable_courses, unmet_skills
                from insight_snapshot where snapshot_month = ?""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)), month.toString());
    }
}
