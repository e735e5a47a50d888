package nl.cleantechwerkt.bench;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.search.CourseHit;
import nl.cleantechwerkt.search.CourseQuery;
import nl.cleantechwerkt.search.CourseResults;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.search.SnippetHighlighter;
import nl.cleantechwerkt.search.Facet;
import nl.cleantechwerkt.search.SearchIndexMaintenance;
import nl.cleantechwerkt.search.SortOrder;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One run that compares, on one data set, the app's search with what it is built on and with
 * what a team would otherwise pick: in-process latency of the fixed query mix of
 * {@link SearchBenchmark} plus autocomplete; the same text queries by hand on raw Lucene over the
 * same index directory ({@link RawCourseSearch}); PostgreSQL full-text search on the same rows
 * ({@link PostgresFullText}); nDCG@10 of the app and PostgreSQL on the judged query set
 * ({@code src/test/resources/bench/judged-queries.tsv}, seed data only); and mass indexing against
 * a bare {@code IndexWriter} ({@link RawCourseIndexer}). Prints the figures; asserts only that the
 * raw query is the same query (same totals).
 *
 * <p>Seed data: {@code ./mvnw -Pbench test -Dtest=ComparisonBenchmark}. A generated data set:
 * first {@code java -jar target/app.jar --generate courses=100000 learners=20000 needs=5000 seed=42
 * --app.data-dir=/tmp/ctw-100k}, then add {@code -Dbench.data-dir=/tmp/ctw-100k}. The mass
 * indexing step rebuilds that data set's index in place.
 */
@Tag("bench")
class ComparisonBenchmark {

    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 20);
    private static final int MEASURED_ROUNDS = Integer.getInteger("bench.rounds", 50);
    private static final int PAGE = 20;
    private static final List<String> PREFIXES = List.of("warm", "zonne", "elektr", "las", "laadp", "data", "isol", "plc",
            "vent", "koel");

    @Test
    void appAgainstRawLuceneAndPostgres() throws Exception {
        Path dataDir = BenchApp.dataDir("ctw-compare-");
        long start = System.nanoTime();
        try (ConfigurableApplicationContext app = BenchApp.start(dataDir)) {
            CourseSearch search = app.getBean(CourseSearch.class);
            List<CourseQuery> mix = SearchBenchmark.queryMix(app.getBean(Gazetteer.class));
            search.search(mix.get(0));
            double startup = (System.nanoTime() - start) / 1e9;
            DataSource database = app.getBean(DataSource.class);
            LuceneBackend backend = Search.mapping(app.getBean(EntityManagerFactory.class)).backend().unwrap(LuceneBackend.class);
            LocalDate today = LocalDate.now();
            long courses = search.count("");
            long runs = count(database, "select count(*) from offering");
            Map<String, Object> table = new LinkedHashMap<>();
            System.out.printf("%nComparison benchmark: %s, %,d published courses, %,d runs; %d cores, Java %s, max heap %d MB%n",
                    BenchApp.dataSet(), courses, runs, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("start-up to first search: %.1f s; %d warm-up rounds, %d measured rounds; %s, load average %s%n",
                    startup, WARMUP_ROUNDS, MEASURED_ROUNDS, java.time.Instant.now(), BenchApp.loadAverage());

            table.put("courses (published) / runs", String.format("%,d / %,d", courses, runs));
            // -Dbench.only=indexing: start-up and mass indexing only.
            if (!"indexing".equals(System.getProperty("bench.only"))) {
                compareSearch(search, app.getBean(SnippetHighlighter.class), mix, database, backend, dataDir, today, table);
            }

            long massStart = System.nanoTime();
            app.getBean(SearchIndexMaintenance.class).rebuild();
            double massSeconds = (System.nanoTime() - massStart) / 1e9;
            Path rawIndex = Files.createTempDirectory("ctw-raw-index-");
            long rawStart = System.nanoTime();
            long rawCourses = new RawCourseIndexer(backend).index(database, rawIndex);
            double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
            long allCourses = count(database, "select count(*) from course");
            System.out.printf("%nMass indexing: Hibernate Search MassIndexer %,d courses (+ %,d runs as nested documents) in %.1f s;"
                    + " raw IndexWriter %,d courses in %.1f s (index %.1f MB vs %.1f MB)%n", allCourses, runs, massSeconds,
                    rawCourses, rawSeconds, size(dataDir.resolve("index").resolve("course")) / 1e6, size(rawIndex) / 1e6);

            table.put("mass indexing, MassIndexer (courses/s)", String.format("%,.0f", allCourses / massSeconds));
            // Each course is a block of Lucene documents: itself and one nested document per run.
            table.put("mass indexing, MassIndexer (Lucene documents/s, runs included)", String.format("%,.0f",
                    (allCourses + runs) / massSeconds));
            table.put("mass indexing, raw IndexWriter (courses/s)", String.format("%,.0f", rawCourses / rawSeconds));
            table.put("MassIndexer / raw IndexWriter (throughput)", String.format("%.2f", (allCourses / massSeconds)
                    / (rawCourses / rawSeconds)));
            table.put("start-up to first search", String.format("%.1f s", startup));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            table.put("heap used after GC", String.format("%d MB of %d MB max", (rt.totalMemory() - rt.freeMemory()) >> 20,
                    rt.maxMemory() >> 20));
            table.put("finished, load average (1/5/15 min)", java.time.Instant.now() + ", " + BenchApp.loadAverage());
            System.out.printf("%n| figure | value |%n|---|---|%n");
            table.forEach((k, v) -> System.out.printf("| %s | %s |%n", k, v));
        }
    }


    /** Latencies of app, raw Lucene and PostgreSQL, and nDCG@10; adds their rows to {@code table}. */
    private static void compareSearch(CourseSearch search, SnippetHighlighter highlighter, List<CourseQuery> mix,
            DataSource database, LuceneBackend backend, Path dataDir, LocalDate today, Map<String, Object> table) throws Exception {
            List<CourseQuery> textQueries = mix.stream().filter(q -> q.text() != null).toList();
            Latencies appLatency = new Latencies();
            Latencies rawLatency = new Latencies();
            try (RawCourseSearch raw = new RawCourseSearch(dataDir.resolve("index").resolve("course"), backend, highlighter)) {
                checkSameQuery(search, raw, textQueries, today);
                for (int round = -WARMUP_ROUNDS; round < MEASURED_ROUNDS; round++) {
                    Latencies appSink = round < 0 ? new Latencies() : appLatency;
                    Latencies rawSink = round < 0 ? new Latencies() : rawLatency;
                    for (int q = 0; q < mix.size(); q++) {
                        CourseQuery query = mix.get(q);
                        String kind = SearchBenchmark.kind(q);
                        appSink.time(kind, () -> search.search(query));
                        if (query.text() != null) {
                            rawSink.timeChecked(kind, () -> raw.search(query.text(), indexFilters(query), today, PAGE));
                        }
                    }
                    for (String prefix : PREFIXES) {
                        appSink.time("autocomplete", () -> search.suggestCourses(prefix, 8));
                        rawSink.timeChecked("autocomplete", () -> raw.suggest(prefix, today, 8));
                    }
                }
            }
            System.out.printf("%nApp (CourseSearch, in-process)%n");
            appLatency.print();
            System.out.printf("%nRaw Lucene (same index directory, same analyzers, same query shape)%n");
            rawLatency.print();

            Map<String, Map<String, Integer>> judged = judgedQueries();
            Latencies pgLatency = new Latencies();
            Latencies appOnJudged = new Latencies();
            Latencies rawQueryOnly = new Latencies();
            Double appNdcg = null;
            Double pgNdcg = null;
            try (PostgresFullText postgres = new PostgresFullText();
                    RawCourseSearch raw = new RawCourseSearch(dataDir.resolve("index").resolve("course"), backend, highlighter)) {
                long loadStart = System.nanoTime();
                int rows = postgres.load(database);
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                long indexMs = postgres.index();
                System.out.printf("%nPostgreSQL %s: %,d rows copied in %.1f s, tsvector + GIN index built in %.1f s, %.1f MB%n",
                        "14 (embedded, zonky)", rows, loadSeconds, indexMs / 1e3, postgres.size() / 1e6);
                List<String> texts = textQueries.stream().filter(q -> q.filters().isEmpty()).map(CourseQuery::text).toList();
                for (int round = -WARMUP_ROUNDS; round < MEASURED_ROUNDS; round++) {
                    Latencies pgSink = round < 0 ? new Latencies() : pgLatency;
                    Latencies appSink = round < 0 ? new Latencies() : appOnJudged;
                    Latencies rawSink = round < 0 ? new Latencies() : rawQueryOnly;
                    for (String text : texts) {
                        pgSink.timeChecked("text", () -> postgres.search(text, PAGE));
                        rawSink.timeChecked("text, query only", () -> raw.searchQueryOnly(text, today, PAGE));
                    }
                    for (String text : judged.keySet()) {
                        pgSink.timeChecked("judged queries", () -> postgres.search(text, PAGE));
                        appSink.time("judged queries", () -> search.search(textQuery(text, PAGE)));
                    }
                }
                System.out.printf("%nPostgreSQL full-text search (websearch_to_tsquery('dutch'), ts_rank, top %d + total)%n", PAGE);
                pgLatency.print();
                System.out.printf("%nRaw Lucene, the same texts with only PostgreSQL's work (top %d by score + total)%n", PAGE);
                rawQueryOnly.print();
                System.out.printf("%nApp on the judged queries%n");
                appOnJudged.print();
                // The judged set grades seed courses only: with generated courses in the results it would measure noise.
                if (count(database, "select count(*) from course where course_code like 'GEN-%'") == 0) {
                    appNdcg = meanNdcg(judged, text -> search.search(textQuery(text, 10)).items().stream()
                            .map(CourseHit::courseCode).toList(), "app");
                    pgNdcg = meanNdcg(judged, text -> {
                        try {
                            return postgres.search(text, 10).codes();
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }, "PostgreSQL");
                }
            }
            row(table, "app text p50 / p95 / p99 ms", appLatency, "text");
            row(table, "app text + facets p50 / p95 / p99 ms", appLatency, "text + facets");
            row(table, "app geo + date p50 / p95 / p99 ms", appLatency, "geo + date");
            row(table, "app autocomplete p50 / p95 / p99 ms", appLatency, "autocomplete");
            row(table, "raw Lucene text p50 / p95 / p99 ms", rawLatency, "text");
            row(table, "raw Lucene text + facets p50 / p95 / p99 ms", rawLatency, "text + facets");
            row(table, "raw Lucene autocomplete p50 / p95 / p99 ms", rawLatency, "autocomplete");
            ratio(table, "app / raw Lucene, text (p50)", appLatency, "text", rawLatency, "text");
            ratio(table, "app / raw Lucene, text + facets (p50)", appLatency, "text + facets", rawLatency, "text + facets");
            ratio(table, "app / raw Lucene, autocomplete (p50)", appLatency, "autocomplete", rawLatency, "autocomplete");
            row(table, "PostgreSQL FTS text p50 / p95 / p99 ms", pgLatency, "text");
            ratio(table, "PostgreSQL / app, text (p50)", pgLatency, "text", appLatency, "text");
            row(table, "raw Lucene text, PostgreSQL's work only, p50 / p95 / p99 ms", rawQueryOnly, "text, query only");
            ratio(table, "PostgreSQL / raw Lucene, same work (p50)", pgLatency, "text", rawQueryOnly, "text, query only");
            row(table, "PostgreSQL FTS judged queries p50 / p95 / p99 ms", pgLatency, "judged queries");
            row(table, "app judged queries p50 / p95 / p99 ms", appOnJudged, "judged queries");
            ratio(table, "PostgreSQL / app, judged queries (p50)", pgLatency, "judged queries", appOnJudged, "judged queries");
            table.put("nDCG@10 app / PostgreSQL (" + judged.size() + " judged queries)", appNdcg == null
                    ? "— (seed data only)" : String.format("%.3f / %.3f", appNdcg, pgNdcg));
    }

    /**
     * The raw query must be the same query, or the ratio means nothing: for every text query the
     * same total, and how many of the app's top 10 the raw top 10 holds.
     */
    private static void checkSameQuery(CourseSearch search, RawCourseSearch raw, List<CourseQuery> queries, LocalDate today)
            throws IOException {
        int sameTotal = 0;
        double overlap = 0;
        List<String> differences = new ArrayList<>();
        for (CourseQuery query : queries) {
            CourseResults app = search.search(query);
            RawCourseSearch.Result rawResult = raw.search(query.text(), indexFilters(query), today, PAGE);
            if (app.total() == rawResult.total()) {
                sameTotal++;
            } else {
                differences.add(query.text() + " " + query.filters().keySet() + ": app " + app.total() + ", raw " + rawResult.total());
            }
            Set<String> appTop = app.items().stream().limit(10).map(CourseHit::courseCode).collect(Collectors.toSet());
            overlap += rawResult.codes().stream().limit(10).filter(appTop::contains).count() / (double) Math.max(1, appTop.size());
        }
        System.out.printf("same query check: %d of %d text queries give the same total; the raw top 10 holds %.0f %% of the app's%n",
                sameTotal, queries.size(), 100 * overlap / queries.size());
        differences.forEach(d -> System.out.println("  differs: " + d));
        org.assertj.core.api.Assertions.assertThat(sameTotal).as("raw Lucene runs the same query").isEqualTo(queries.size());
    }

    /** The mix's facet filters as the index stores them (enum names). */
    private static Map<String, Set<String>> indexFilters(CourseQuery query) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        if (!query.values(Facet.LEVEL).isEmpty()) {
            filters.put(CourseIndex.LEVEL, query.values(Facet.LEVEL).stream()
                    .map(code -> Level.fromCode(code).orElseThrow().name()).collect(Collectors.toCollection(TreeSet::new)));
        }
        if (!query.values(Facet.MODE).isEmpty()) {
            filters.put(CourseIndex.MODE, query.values(Facet.MODE).stream()
                    .map(code -> CourseMode.fromCode(code).orElseThrow().name()).collect(Collectors.toCollection(TreeSet::new)));
        }
        return filters;
    }

    private static CourseQuery textQuery(String text, int size) {
        return new CourseQuery(text, Map.of(), null, null, null, null, SortOrder.RELEVANCE, 0, size);
    }

    /** query → course code → grade, in file order. */
    static Map<String, Map<String, Integer>> judgedQueries() throws IOException {
        Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
        try (InputStream in = ComparisonBenchmark.class.getResourceAsStream("/bench/judged-queries.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split("\t");
                judged.computeIfAbsent(cells[0], q -> new LinkedHashMap<>()).put(cells[1], Integer.parseInt(cells[2]));
            }
        }
        return judged;
    }

    private static double meanNdcg(Map<String, Map<String, Integer>> judged,
            java.util.function.Function<String, List<String>> engine, String name) {
        double sum = 0;
        StringBuilder perQuery = new StringBuilder();
        for (Map.Entry<String, Map<String, Integer>> e : judged.entrySet()) {
            double ndcg = Ndcg.at(10, engine.apply(e.getKey()), e.getValue());
            sum += ndcg;
            perQuery.append(String.format("%s=%.2f  ", e.getKey(), ndcg));
        }
        System.out.printf("%nnDCG@10 %s: %.3f%n  %s%n", name, sum / judged.size(), perQuery);
        return sum / judged.size();
    }

    private static void row(Map<String, Object> table, String name, Latencies latencies, String kind) {
        table.put(name, String.format("%.1f / %.1f / %.1f", latencies.percentile(kind, 50), latencies.percentile(kind, 95),
                latencies.percentile(kind, 99)));
    }

    private static void ratio(Map<String, Object> table, String name, Latencies a, String kindA, Latencies b, String kindB) {
        table.put(name, String.format("%.3g×", a.percentile(kindA, 50) / b.percentile(kindB, 50)));
    }

    private static long count(DataSource database, String sql) throws java.sql.SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
