package nl.cleantechwerkt.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.matching.CandidateMatcher;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.MatchRequest;
import nl.cleantechwerkt.search.CourseQuery;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.seed.CatalogGenerator;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Learner → courses matching, need → learners matching and the search mix, on the seed data and
 * again after the synthetic generator has grown the catalogue to {@code -Dbench.courses} (default
 * 100,000) courses. Prints
 * p50 / p95 / p99; asserts nothing about speed. Run with
 * {@code ./mvnw -Pbench test -Dtest=MatchBenchmark}; with {@code -Dbench.data-dir=…} on a data directory that
 * already holds the target number of courses it measures only that (nothing is generated).
 */
@Tag("bench")
class MatchBenchmark {

    private static final int WARMUP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 50;
    /** Needs in the need → learners mix, and candidates per need (as the need's match page shows). */
    private static final int NEEDS = 24;
    private static final int NEED_CANDIDATES = 20;
    private static final String[] PLACES = {"Deventer", "Apeldoorn", "Zutphen", "7411", "Twello", "Epe", "Lochem", null};

    @Test
    void matchingOnTheSeedDataAndAtScale() throws Exception {
        int target = Integer.getInteger("bench.courses", 100_000);
        // -Dbench.data-dir=… reuses a data set grown before (e.g. with --generate) instead of growing a fresh one.
        Path dataDir = BenchApp.dataDir("ctw-match-bench-");
        try (ConfigurableApplicationContext app = BenchApp.start(dataDir)) {
            CourseMatcher matcher = app.getBean(CourseMatcher.class);
            CourseSearch search = app.getBean(CourseSearch.class);
            List<MatchRequest> mix = requests(app.getBean(SkillCatalog.class));
            List<CourseQuery> queries = SearchBenchmark.queryMix(app.getBean(Gazetteer.class));
            CandidateMatcher candidates = app.getBean(CandidateMatcher.class);
            SkillNeeds skillNeeds = app.getBean(SkillNeeds.class);
            System.out.printf("%nMatch benchmark, %d cores, Java %s, %d match requests and %d searches per round%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), mix.size(), queries.size());
            long existing = search.count("");
            if (existing >= target) {
                measure(String.format("%,d courses", existing), matcher, search, mix, queries, candidates, needs(skillNeeds));
                return;
            }
            measure("seed data", matcher, search, mix, queries, candidates, needs(skillNeeds));

            existing = search.count("");
            long start = System.nanoTime();
            long runs = app.getBean(CatalogGenerator.class).generate((int) Math.max(0, target - existing), 42, written -> {
                if (written % 10_000 == 0) {
                    System.out.printf("  generated %,d courses (%.0f/s)%n", written, written / ((System.nanoTime() - start) / 1e9));
                }
            });
            System.out.printf("generated %,d courses with %,d runs in %.0f s%n", target - existing, runs,
                    (System.nanoTime() - start) / 1e9);
            measure(String.format("%,d courses", search.count("")), matcher, search, mix, queries, candidates, needs(skillNeeds));
        }
    }

    private static void measure(String label, CourseMatcher matcher, CourseSearch search, List<MatchRequest> mix,
            List<CourseQuery> queries, CandidateMatcher candidates, List<SkillNeedView> needs) {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            mix.forEach(matcher::match);
            queries.forEach(search::search);
            needs.forEach(need -> candidates.candidates(need, NEED_CANDIDATES));
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            for (MatchRequest request : mix) {
                latencies.time(request.near() == null ? "match (no place)" : "match (place, 25 km)", () -> matcher.match(request));
            }
            for (int q = 0; q < queries.size(); q++) {
                CourseQuery query = queries.get(q);
                latencies.time("search: " + SearchBenchmark.kind(q), () -> search.search(query));
            }
            for (SkillNeedView need : needs) {
                latencies.time("need -> learners", () -> candidates.candidates(need, NEED_CANDIDATES));
            }
        }
        System.out.printf("%n%s%n", label);
        latencies.print();
    }

    /**
     * A fixed spread of the open employer needs (every n-th by id, {@value #NEEDS} of them): the
     * generator's seeded needs, or the seed data's when nothing was generated.
     */
    private static List<SkillNeedView> needs(SkillNeeds skillNeeds) {
        List<SkillNeedView> open = skillNeeds.openNeeds().stream().sorted(java.util.Comparator.comparingLong(SkillNeedView::id))
                .toList();
        int step = Math.max(1, open.size() / NEEDS);
        List<SkillNeedView> picked = new ArrayList<>();
        for (int i = 0; i < open.size() && picked.size() < NEEDS; i += step) {
            picked.add(open.get(i));
        }
        System.out.printf("need -> learners: %d of %,d open needs, top %d consenting learners each%n", picked.size(), open.size(),
                NEED_CANDIDATES);
        return picked;
    }

    /** Occupations with many essential skills, each with none and with a few skills already had, from several places. */
    private static List<MatchRequest> requests(SkillCatalog skills) {
        List<OccupationView> occupations = skills.allOccupations().stream()
                .sorted(java.util.Comparator.comparing(OccupationView::uri)).limit(12).toList();
        List<MatchRequest> mix = new ArrayList<>();
        for (int i = 0; i < occupations.size(); i++) {
            OccupationView occupation = occupations.get(i);
            Set<String> has = i % 2 == 0 ? Set.of() : Set.copyOf(occupation.essentialSkills().stream().limit(3).toList());
            mix.add(MatchRequest.forOccupation(occupation.uri(), has).near(PLACES[i % PLACES.length],
                    PLACES[i % PLACES.length] == null ? null : 25.0).level(i % 3 == 0 ? Level.MBO_4 : null));
        }
        return mix;
    }
}
