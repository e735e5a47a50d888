package nl.cleantechwerkt.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.cleantechwerkt.CleantechWerktApplication;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.insights.InsightQuery;
import nl.cleantechwerkt.insights.InsightSnapshots;
import nl.cleantechwerkt.insights.Insights;
import nl.cleantechwerkt.insights.Visibility;
import nl.cleantechwerkt.seed.CatalogGenerator;
import nl.cleantechwerkt.shared.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the insight figures cost: each {@link Insights} method and a snapshot on the seed data
 * (catalogue and demo needs and learners), then after the generator has grown the catalogue to
 * {@code -Dbench.courses} (default 10,000) courses. Prints latencies; asserts nothing.
 * Run with {@code ./mvnw -Pbench test -Dtest=InsightsBenchmark}.
 */
@Tag("bench")
class InsightsBenchmark {

    private static final int WARMUP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 20;

    @Test
    void insightFiguresOnTheSeedDataAndAtScale() throws Exception {
        int target = Integer.getInteger("bench.courses", 10_000);
        Path dataDir = Files.createTempDirectory("ctw-insights-bench-");
        try (ConfigurableApplicationContext app = SpringApplication.run(CleantechWerktApplication.class,
                "--app.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN", "--app.scheduling.enabled=false")) {
            Insights insights = app.getBean(Insights.class);
            InsightSnapshots snapshots = app.getBean(InsightSnapshots.class);
            CourseCatalog catalog = app.getBean(CourseCatalog.class);
            System.out.printf("%nInsights benchmark, %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            measure(String.format("seed data, %,d published courses", catalog.countPublished()), insights, snapshots);

            long existing = catalog.countPublished();
            long start = System.nanoTime();
            long runs = app.getBean(CatalogGenerator.class).generate((int) Math.max(0, target - existing), 42, written -> { });
            System.out.printf("generated %,d courses with %,d runs in %.0f s%n", target - existing, runs,
                    (System.nanoTime() - start) / 1e9);
            measure(String.format("%,d published courses", catalog.countPublished()), insights, snapshots);
        }
    }

    private static void measure(String label, Insights insights, InsightSnapshots snapshots) {
        InsightQuery region = InsightQuery.region();
        InsightQuery deventerMbo4 = region.inMunicipality("GM0150").atLevel(Level.MBO_4);
        Runnable[] all = {
            () -> insights.skills(region, Visibility.PUBLIC),
            () -> insights.skills(deventerMbo4, Visibility.PUBLIC),
            () -> insights.unmetDemand(region, Visibility.FULL, 20),
            () -> insights.groups(region, Visibility.PUBLIC),
            () -> insights.occupations(region, Visibility.PUBLIC),
            () -> insights.municipalities(region, Visibility.PUBLIC),
            () -> insights.levels(region, Visibility.PUBLIC),
            () -> insights.trend(region, Visibility.PUBLIC),
        };
        String[] names = {"skills (region)", "skills (Deventer, MBO-4)", "unmetDemand", "groups", "occupations",
            "municipalities", "levels", "trend (12 months)"};
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            for (Runnable r : all) {
                r.run();
            }
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            for (int k = 0; k < all.length; k++) {
                latencies.time(names[k], all[k]);
            }
        }
        System.out.printf("%n%s%n", label);
        latencies.print();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            int rows = snapshots.snapshotNow();
            System.out.printf("snapshot %d: %,d rows in %.0f ms%n", i + 1, rows, (System.nanoTime() - t) / 1e6);
        }
    }
}
