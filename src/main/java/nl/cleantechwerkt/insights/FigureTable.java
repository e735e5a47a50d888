package nl.cleantechwerkt.insights;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseSupply;
import nl.cleantechwerkt.geo.Distances;
import nl.cleantechwerkt.shared.Level;

/**
 * The figures of one scope (municipality, level, run window): per skill and per target
 * occupation the demand with its distinct sources, and the courses that supply it. Pure
 * computation over read-only inputs, so the live figures, the snapshots and the unit tests all
 * run the same code.
 */
final class FigureTable {

    /**
     * Where and when a run must be to count.
     *
     * @param municipalityCode the municipality filter, or null for the region
     * @param latitude with {@code longitude} the municipality's centre (for reach), or null
     * @param runsTo last start day, or null for no limit
     */
    record Scope(String municipalityCode, Double latitude, Double longitude, Level level, LocalDate runsFrom,
            LocalDate runsTo) {
    }

    /** Demand and supply of one skill (or one occupation). */
    static final class Cell {
        double demand;
        final Set<String> sources = new HashSet<>();
        final Set<Long> courses = new HashSet<>();
        final Set<Long> reachable = new HashSet<>();
        final Set<String> skills = new HashSet<>();

        boolean unmet() {
            return demand > 0 && reachable.isEmpty();
        }
    }

    /** Totals over several cells: distinct sources and courses, seats of each course once. */
    record Tally(int skills, double demand, int sources, int courses, int localCourses, int seats, int unmet) {
    }

    private final Map<String, Cell> skills = new LinkedHashMap<>();
    private final Map<String, Cell> occupations = new LinkedHashMap<>();
    private final Map<Long, Integer> seats = new HashMap<>();
    private final Set<Long> local = new HashSet<>();

    private FigureTable() {
    }

    static FigureTable compute(Collection<DemandSource> sources, Collection<CourseSupply> courses, Scope scope) {
        FigureTable t = new FigureTable();
        for (DemandSource s : sources) {
            if (!s.counts(scope.municipalityCode(), scope.level())) {
                continue;
            }
            s.weights().forEach((skill, weight) -> t.add(t.skills, skill, s.key(), weight).skills.add(skill));
            s.byOccupation().forEach((occupation, weights) -> weights.forEach((skill, weight) ->
                    t.add(t.occupations, occupation, s.key(), weight).skills.add(skill)));
        }
        for (CourseSupply c : courses) {
            if (scope.level() != null && c.level() != scope.level()) {
                continue;
            }
            int courseSeats = 0;
            boolean counted = false;
            boolean reachable = false;
            boolean inPlace = false;
            for (CourseSupply.Run run : c.runs()) {
                if (run.startDate().isBefore(scope.runsFrom())
                        || scope.runsTo() != null && run.startDate().isAfter(scope.runsTo())) {
                    continue;
                }
                boolean here = scope.municipalityCode() == null || scope.municipalityCode().equals(run.municipalityCode());
                if (here || run.online()) {
                    counted = true;
                    courseSeats += run.seats() == null ? 0 : run.seats();
                    inPlace |= here && !run.online();
                }
                reachable = reachable || run.online() || scope.municipalityCode() == null || within(scope, run);
            }
            if (counted) {
                t.seats.put(c.courseId(), courseSeats);
                if (inPlace) {
                    t.local.add(c.courseId());
                }
            }
            if (!counted && !reachable) {
                continue;
            }
            for (String skill : c.skillUris()) {
                Cell cell = t.skills.computeIfAbsent(skill, k -> new Cell());
                cell.skills.add(skill);
                if (counted) {
                    cell.courses.add(c.courseId());
                }
                if (reachable) {
                    cell.reachable.add(c.courseId());
                }
            }
        }
        // An occupation is supplied by the courses of the skills demanded for it.
        t.occupations.values().forEach(o -> o.skills.forEach(skill -> {
            Cell cell = t.skills.get(skill);
            o.courses.addAll(cell.courses);
            o.reachable.addAll(cell.reachable);
        }));
        return t;
    }

    private static boolean within(Scope scope, CourseSupply.Run run) {
        return scope.latitude() != null && run.latitude() != null && run.longitude() != null
                && Distances.km(scope.latitude(), scope.longitude(), run.latitude(), run.longitude()) <= Insights.REACH_KM;
    }

    private Cell add(Map<String, Cell> cells, String key, String source, double weight) {
        Cell cell = cells.computeIfAbsent(key, k -> new Cell());
        cell.demand += weight;
        cell.sources.add(source);
        return cell;
    }

    /** Skills with demand or counted supply (a skill only reachable from elsewhere is left out). */
    Map<String, Cell> skills() {
        Map<String, Cell> shown = new LinkedHashMap<>();
        skills.forEach((uri, cell) -> {
            if (cell.demand > 0 || !cell.courses.isEmpty()) {
                shown.put(uri, cell);
            }
        });
        return shown;
    }

    Map<String, Cell> occupations() {
        return occupations;
    }

    /** Reachable courses of a skill, shown or not. */
    int reachable(String skillUri) {
        Cell cell = skills.get(skillUri);
        return cell == null ? 0 : cell.reachable.size();
    }

    int seatsOf(Cell cell) {
        return cell.courses.stream().mapToInt(id -> seats.getOrDefault(id, 0)).sum();
    }

    /** Totals over the given skills' cells. */
    Tally tally(Collection<Cell> cells) {
        Set<String> sources = new HashSet<>();
        Set<Long> courses = new HashSet<>();
        double demand = 0;
        int unmet = 0;
        int count = 0;
        for (Cell c : cells) {
            demand += c.demand;
            sources.addAll(c.sources);
            courses.addAll(c.courses);
            unmet += c.unmet() ? 1 : 0;
            count++;
        }
        int totalSeats = courses.stream().mapToInt(id -> seats.getOrDefault(id, 0)).sum();
        int localCount = (int) courses.stream().filter(local::contains).count();
        return new Tally(count, demand, sources.size(), courses.size(), localCount, totalSeats, unmet);
    }

    /** Totals over every shown skill. */
    Tally total() {
        return tally(skills().values());
    }
}
