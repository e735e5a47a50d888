package nl.cleantechwerkt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.cleantechwerkt.CleantechWerktApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real app as the data-set benchmarks start it: on the data directory given with
 * {@code -Dbench.data-dir=DIR} (e.g. one filled with {@code --generate}), else on a fresh temporary
 * data directory, which the app seeds at start-up. Real HTTP on a random port; warnings only.
 */
final class BenchApp {

    private BenchApp() {
    }

    /** {@code -Dbench.data-dir}, or a fresh temporary directory named {@code prefix…}. */
    static Path dataDir(String prefix) throws IOException {
        String given = System.getProperty("bench.data-dir");
        return given == null ? Files.createTempDirectory(prefix) : Path.of(given);
    }

    /** What the figures were measured on: "seed data" or the given data directory. */
    static String dataSet() {
        String given = System.getProperty("bench.data-dir");
        return given == null ? "seed data" : given;
    }

    /** True when measuring on a data directory of its own rather than the seed data. */
    static boolean givenDataDir() {
        return System.getProperty("bench.data-dir") != null;
    }

    static ConfigurableApplicationContext start(Path dataDir, String... extraArguments) {
        List<String> args = new ArrayList<>(List.of("--app.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN",
                // The demand/supply snapshot (a minute after start-up) and the alert check take a core
                // for minutes at 100,000 courses: not what any figure here measures.
                "--app.insights.snapshot-delay=PT24H", "--app.alerts.check-interval=PT24H"));
        args.addAll(List.of(extraArguments));
        // -Dbench.app.args="--server.tomcat.threads.max=8 …": settings to compare without a rebuild.
        String more = System.getProperty("bench.app.args", "").strip();
        if (!more.isEmpty()) {
            args.addAll(List.of(more.split("\\s+")));
        }
        return SpringApplication.run(CleantechWerktApplication.class, args.toArray(String[]::new));
    }

    /** The HTTP port the started app listens on. */
    static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** 1 / 5 / 15 minute load average: the machine is shared, so every figure says what else ran. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
