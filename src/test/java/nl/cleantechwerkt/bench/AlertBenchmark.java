package nl.cleantechwerkt.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cleantechwerkt.CleantechWerktApplication;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.alerts.AlertChecker;
import nl.cleantechwerkt.alerts.SavedSearches;
import nl.cleantechwerkt.search.SearchParameters;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one alert check costs: {@code -Dbench.savedSearches} (default 1,000) saved searches of a
 * mix of text, facet and place queries on the seed catalogue; the first check asks every one
 * (as after a start or a catalogue change), the next ones find the catalogue unchanged and skip
 * them (the steady state). Prints the time per check and per saved search; asserts nothing.
 * Run with {@code ./mvnw -Pbench test -Dtest=AlertBenchmark}.
 */
@Tag("bench")
class AlertBenchmark {

    private static final int PER_USER = 10;
    private static final List<String> QUERIES = List.of("q=warmtepomp", "q=zonnepanelen&municipality=Deventer",
            "q=installatietechniek&level=MBO-4", "near=Apeldoorn&radiusKm=20", "q=elektrotechniek&near=7411&radiusKm=25",
            "level=MBO-3&mode=BBL", "q=laadpalen", "q=isoleren&near=Zutphen&radiusKm=15", "skill=&q=duurzaam", "q=data");

    @Test
    void checkingSavedSearches() throws Exception {
        int count = Integer.getInteger("bench.savedSearches", 1_000);
        Path dataDir = Files.createTempDirectory("ctw-alert-bench-");
        try (ConfigurableApplicationContext app = SpringApplication.run(CleantechWerktApplication.class,
                "--app.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN", "--app.scheduling.enabled=false")) {
            Accounts accounts = app.getBean(Accounts.class);
            SavedSearches saved = app.getBean(SavedSearches.class);
            AlertChecker checker = app.getBean(AlertChecker.class);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (i % PER_USER == 0) {
                    accounts.register("bench" + i / PER_USER + "@alerts.bench", "benchmark wachtwoord lang", "Bench", Role.LEARNER);
                }
                long userId = accounts.find("bench" + i / PER_USER + "@alerts.bench").orElseThrow().id();
                // A different query per item within a user: a radius that differs makes each one its own saved search.
                String query = QUERIES.get(i % QUERIES.size()) + "&startFrom=2026-01-" + String.format("%02d", 1 + i / QUERIES.size() % 28);
                saved.saveSearch(userId, "bench " + i, SearchParameters.ofQueryString(query));
            }
            System.out.printf("%nAlert benchmark, %d cores, Java %s%nsaved %d searches in %.1f s (accounts included)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), count,
                    (System.nanoTime() - start) / 1e9);
            for (int round = 1; round <= 3; round++) {
                long t = System.nanoTime();
                AlertChecker.CheckReport report = checker.checkAll();
                double ms = (System.nanoTime() - t) / 1e6;
                System.out.printf("check %d (%s): %d items, %d notified, %d failed in %.0f ms (%.2f ms per item)%n", round,
                        round == 1 ? "every saved search" : "catalogue unchanged",
                        report.checked(), report.notified(), report.failed(), ms, ms / Math.max(1, report.checked()));
            }
        }
    }
}
