package nl.cleantechwerkt.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.cleantechwerkt.CleantechWerktApplication;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.search.CourseQuery;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.search.Facet;
import nl.cleantechwerkt.search.SortOrder;
import nl.cleantechwerkt.support.OpenSearchTestNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search benchmark on the seed data: start-up to first search, index size, and in-process
 * latency of a fixed query mix (text, text + facets, geo + date filters). Prints figures; asserts
 * nothing about speed. Run with {@code ./mvnw -Pbench test -Dtest=SearchBenchmark}; add
 * {@code -Dbench.backend=opensearch} for the same on a real OpenSearch node. Not part of the normal build.
 */
@Tag("bench")
class SearchBenchmark {

    private static final int WARMUP_ROUNDS = 30;
    private static final int MEASURED_ROUNDS = 100;

    @Test
    void searchOnTheSeedData() throws IOException {
        Path dataDir = Files.createTempDirectory("ctw-bench-");
        long start = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("--app.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN"));
        boolean openSearch = "opensearch".equals(System.getProperty("bench.backend"));
        if (openSearch) {
            // The same seed data in a real OpenSearch node; one node, so no outbox: what is measured is search.
            args.addAll(List.of("--spring.profiles.active=opensearch",
                    "--spring.jpa.properties.hibernate.search.backend.uris=" + OpenSearchTestNode.uris(),
                    "--spring.jpa.properties.hibernate.search.coordination.strategy=none",
                    "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
                    "--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create"));
        }
        try (ConfigurableApplicationContext app = SpringApplication.run(CleantechWerktApplication.class, args.toArray(String[]::new))) {
            CourseSearch search = app.getBean(CourseSearch.class);
            Gazetteer gazetteer = app.getBean(Gazetteer.class);
            List<CourseQuery> mix = queryMix(gazetteer);
            search.search(mix.get(0));
            double startupSeconds = (System.nanoTime() - start) / 1e9;

            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                mix.forEach(search::search);
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < MEASURED_ROUNDS; i++) {
                for (int q = 0; q < mix.size(); q++) {
                    CourseQuery query = mix.get(q);
                    latencies.time(kind(q), () -> search.search(query));
                }
            }
            System.out.printf("%nSearch benchmark on %s, seed data (%d courses), %d cores, Java %s%n",
                    openSearch ? "OpenSearch 2.19 (own JVM, -Xmx512m)" : "Lucene (embedded)", search.count(""),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.printf("start-up to first search (first start, seeding included): %.1f s%n", startupSeconds);
            if (!openSearch) {
                System.out.printf("index size: %.2f MB%n", size(dataDir.resolve("index")) / 1e6);
            }
            latencies.print();
        }
    }

    private static final String[] TEXTS = {"zonnepanelen", "warmtepomp", "installeren", "heat pump", "elektrotechnik",
        "lassen", "data analyse", "laadpaal", "isolatie", "plc programmeren"};
    private static final Set<String> LEVELS = Set.of("MBO-4", "COURSE");
    private static final Set<String> MODES = Set.of("BBL", "PARTTIME", "FULLTIME");
    private static final List<String> PLACES = List.of("Deventer", "7411", "Twello", "Zutphen", "Epe", "Apeldoorn", "Lochem",
            "Heerde", "7391", "Hattem");
    private static final double RADIUS_KM = 25.0;
    private static final int WINDOW_MONTHS = 6;

    /** The fixed query mix: 10 texts, the same with facet filters, 10 places with a date window. */
    static List<CourseQuery> queryMix(Gazetteer gazetteer) {
        List<CourseQuery> mix = new ArrayList<>();
        for (String text : TEXTS) {
            mix.add(query(text, Map.of(), null));
        }
        for (String text : TEXTS) {
            Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
            filters.put(Facet.LEVEL, LEVELS);
            filters.put(Facet.MODE, MODES);
            mix.add(query(text, filters, null));
        }
        for (String place : PLACES) {
            mix.add(new CourseQuery(null, Map.of(), LocalDate.now(), LocalDate.now().plusMonths(WINDOW_MONTHS),
                    gazetteer.resolve(place).orElseThrow(), RADIUS_KM, SortOrder.DISTANCE, 0, 20));
        }
        return mix;
    }

    /**
     * The same mix as URL query strings (API and search page take the same parameters), followed by
     * what a visitor sees first: the empty query, everything with its facet counts, and one facet
     * picked from it.
     */
    static List<String> queryStrings(LocalDate today) {
        List<String> mix = new ArrayList<>();
        String filters = LEVELS.stream().sorted().map(level -> "&level=" + level).collect(Collectors.joining())
                + MODES.stream().sorted().map(mode -> "&mode=" + mode).collect(Collectors.joining());
        for (String text : TEXTS) {
            mix.add("q=" + encode(text));
        }
        for (String text : TEXTS) {
            mix.add("q=" + encode(text) + filters);
        }
        for (String place : PLACES) {
            mix.add("near=" + encode(place) + "&radiusKm=" + (int) RADIUS_KM + "&startFrom=" + today + "&startTo="
                    + today.plusMonths(WINDOW_MONTHS) + "&sort=distance");
        }
        mix.add("");
        mix.add("level=MBO-4");
        return mix;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String kind(int index) {
        return index < TEXTS.length ? "text" : index < 2 * TEXTS.length ? "text + facets" : "geo + date";
    }

    private static CourseQuery query(String text, Map<Facet, Set<String>> filters, SortOrder sort) {
        return new CourseQuery(text, filters, null, null, null, null, sort == null ? SortOrder.RELEVANCE : sort, 0, 20);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

}
