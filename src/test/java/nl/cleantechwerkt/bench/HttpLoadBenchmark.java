package nl.cleantechwerkt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import nl.cleantechwerkt.search.CourseSearch;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * HTTP under load, and start-up in a JVM of its own.
 *
 * <p>Load: starts the real app (real HTTP, random port) on {@code -Dbench.data-dir=DIR} or a
 * fresh seeded temporary data directory, and runs {@code wrk} (Debian's package) against the
 * search API ({@code /api/v1/courses}) and the search page ({@code /zoeken}), each for
 * {@code -Dbench.http.seconds} (30) with {@code -Dbench.http.connections} (32) connections on
 * {@code -Dbench.http.threads} (2) threads, after a warm-up of {@code -Dbench.http.warmup} (5) seconds
 * that is not reported. Every connection cycles through the query mix of {@link SearchBenchmark}
 * as URL parameters ({@code src/test/resources/bench/http-load.lua}); requests ask for gzip, as
 * browsers do. Prints requests/s, p50 / p90 / p99 and errors, and fails when any request failed
 * (socket error, timeout after {@code -Dbench.http.timeout} (2) seconds, or a status other than
 * 2xx): "0 errors" is a target. It also prints the responses ≥ 400 Tomcat counted during the run,
 * which include those to requests wrk had given up on; not asserted, because the requests still
 * in hand when wrk closes its connections at the end can count there too (seen on the page).
 * {@code -Dbench.http.jfr=PREFIX} records each measured run with JFR into {@code PREFIX-api.jfr}
 * and {@code PREFIX-page.jfr}; {@code -Dbench.app.args="--server.tomcat.threads.max=8"} passes settings to the app.
 *
 * <p>Start-up: {@code java -Xmx1g -jar target/app.jar} on a fresh data directory (so seeding is
 * included), timed from process start to the first search API answer with hits, then the heap
 * after a full GC of that process ({@code jcmd GC.run}, {@code GC.heap_info}). Needs
 * {@code ./mvnw -DskipTests package} first; skipped, saying so, without the jar.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dtest=HttpLoadBenchmark [-Dbench.data-dir=/tmp/ctw-100k]}.
 */
@Tag("bench")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpLoadBenchmark {

    private static final int SECONDS = Integer.getInteger("bench.http.seconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.http.warmup", 5);
    private static final int CONNECTIONS = Integer.getInteger("bench.http.connections", 32);
    private static final int THREADS = Integer.getInteger("bench.http.threads", 2);
    /** wrk's own default: a request slower than this counts as a timeout error, and its latency is not recorded. */
    private static final int TIMEOUT_SECONDS = Integer.getInteger("bench.http.timeout", 2);
    private static final String INSTALL_WRK = "wrk is not installed: install wrk: apt-get install -y wrk";
    private static final Pattern RESULT = Pattern.compile("bench-result (.*)");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    @Test
    @Order(1)
    void searchApiAndPageUnderLoad() throws Exception {
        Path wrk = wrk();
        Path script = Path.of(HttpLoadBenchmark.class.getResource("/bench/http-load.lua").toURI());
        List<String> mix = SearchBenchmark.queryStrings(LocalDate.now());
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("search API", "/api/v1/courses");
        targets.put("search page", "/zoeken");
        // Tomcat's MBeans count every response ≥ 400, also those to requests wrk had already given up on
        // (at 100k, searches waiting 30 s for a pooled connection failed with 500 after wrk had stopped).
        try (ConfigurableApplicationContext app = BenchApp.start(BenchApp.dataDir("ctw-http-"),
                "--server.tomcat.mbeanregistry.enabled=true")) {
            String base = "http://127.0.0.1:" + BenchApp.port(app);
            System.out.printf("%nHTTP load benchmark: %s, %,d published courses; %d cores, Java %s, app max heap %d MB%n"
                    + "wrk: %d connections, %d threads, %d s per target after a %d s warm-up, timeout %d s; %d URLs per target; %s%n",
                    BenchApp.dataSet(), app.getBean(CourseSearch.class).count(""), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, CONNECTIONS, THREADS, SECONDS,
                    WARMUP_SECONDS, TIMEOUT_SECONDS, mix.size(), System.getProperty("bench.app.args", "default app settings"));
            List<Result> results = new ArrayList<>();
            for (Map.Entry<String, String> target : targets.entrySet()) {
                Path paths = Files.createTempFile("ctw-http-paths-", ".txt");
                Files.write(paths, mix.stream().map(query -> target.getValue() + (query.isEmpty() ? "" : "?" + query)).toList());
                checkEveryPathAnswers(base, Files.readAllLines(paths));
                runWrk(wrk, script, base, paths, WARMUP_SECONDS);
                waitUntilIdle(app);
                String jfr = System.getProperty("bench.http.jfr");
                String recording = jfr == null ? null : jfr + "-" + target.getValue().replaceAll("\\W+", "-") + ".jfr";
                if (recording != null) {
                    jcmd(ProcessHandle.current().pid(), "JFR.start", "name=http", "settings=profile", "filename=" + recording);
                }
                String loadBefore = BenchApp.loadAverage();
                long errorsBefore = tomcatErrors();
                Map<String, Double> figures = runWrk(wrk, script, base, paths, SECONDS);
                waitUntilIdle(app);
                figures.put("server_errors", (double) (tomcatErrors() - errorsBefore));
                if (recording != null) {
                    jcmd(ProcessHandle.current().pid(), "JFR.stop", "name=http");
                    System.out.println("JFR recording: " + recording);
                }
                results.add(new Result(target.getKey(), figures, loadBefore, BenchApp.loadAverage()));
            }
            Heap heap = heapAfterFullGc(ProcessHandle.current().pid());

            // wrk records the latency of a request only when it is answered within the timeout: the
            // percentiles cover those, the requests column says how many they are.
            System.out.printf("%n| target | requests (within %d s) | req/s | p50 ms | p90 ms | p99 ms | max ms | socket errors"
                    + " (connect/read/write/timeout) | non-2xx | app responses ≥ 400 (Tomcat) | load average before → after |%n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|%n",
                    TIMEOUT_SECONDS);
            for (Result r : results) {
                Map<String, Double> f = r.figures();
                System.out.printf("| %s | %,.0f (%,.0f) | %,.1f | %.1f | %.1f | %.1f | %.1f | %.0f / %.0f / %.0f / %.0f | %.0f | %.0f | %s → %s |%n",
                        r.target(), f.get("requests"), f.get("requests") - f.get("timeout"),
                        f.get("requests") / (f.get("duration_us") / 1e6), f.get("p50_us") / 1e3,
                        f.get("p90_us") / 1e3, f.get("p99_us") / 1e3, f.get("max_us") / 1e3, f.get("connect"), f.get("read"),
                        f.get("write"), f.get("timeout"), f.get("non2xx"), f.get("server_errors"), r.loadBefore(), r.loadAfter());
            }
            System.out.printf("app JVM heap after a full GC: %s%n", heap);
            for (Result r : results) {
                Map<String, Double> f = r.figures();
                assertThat(f.get("requests")).as("requests answered on the " + r.target()).isPositive();
                assertThat(f.get("connect") + f.get("read") + f.get("write") + f.get("timeout") + f.get("non2xx"))
                        .as("failed requests (socket errors, timeouts, non-2xx) on the " + r.target()).isZero();
            }
        }
    }

    @Test
    @Order(2)
    void startUpToFirstSearchInOwnJvm() throws Exception {
        // -Dbench.startup=cds: the extracted jar with its class-data-sharing archive (./mvnw -Pcds -DskipTests package);
        // -Dbench.startup=aot: the same with a JDK 25 ahead-of-time cache (./mvnw -Paot -DskipTests package
        // -Daot.java=…), started with that JDK (-Daot.java, as for the build: the cache fits only the JDK that made it).
        String mode = System.getProperty("bench.startup", "jar");
        boolean extracted = mode.equals("cds") || mode.equals("aot");
        Path jar = extracted ? Path.of("target", mode, "app.jar") : Path.of("target", "app.jar");
        Path archive = Path.of("target", mode, mode.equals("aot") ? "app.aot" : "app.jsa");
        if (!Files.isRegularFile(jar) || (extracted && !Files.isRegularFile(archive))) {
            String message = "start-up not measured: " + jar.toAbsolutePath() + (extracted ? " or " + archive.toAbsolutePath() : "")
                    + " is missing; build it first with ./mvnw " + (extracted ? "-P" + mode + " " : "") + "-DskipTests package";
            System.out.println(message);
            Assumptions.abort(message);
        }
        Path dataDir = Files.createTempDirectory("ctw-startup-");
        Path log = Files.createTempFile("ctw-startup-", ".log");
        int port = freePort();
        String thisJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String java = mode.equals("aot") ? System.getProperty("aot.java", thisJava) : thisJava;
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        if (mode.equals("cds")) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (mode.equals("aot")) {
            command.add("-XX:AOTCache=" + archive);
        }
        command.addAll(List.of("-jar", jar.toString(), "--app.data-dir=" + dataDir, "--server.port=" + port));
        // -Dbench.startup.restart=true: seed in a first start, stop it, and measure the second start on that data.
        boolean restart = Boolean.getBoolean("bench.startup.restart");
        if (restart) {
            Path seedLog = Files.createTempFile("ctw-startup-seed-", ".log");
            Process first = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(seedLog.toFile()).start();
            try {
                firstSearchWithHits(first, URI.create("http://127.0.0.1:" + port + "/api/v1/courses?q=zonnepanelen"), seedLog);
                // Seeding goes on after the first courses are searchable (the demo accounts, needs and learners, in one
                // transaction): stopping before it is done would leave the second start to seed again.
                untilReady(first, URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), seedLog);
            } finally {
                first.destroy();
                if (!first.waitFor(60, TimeUnit.SECONDS)) {
                    first.destroyForcibly().waitFor();
                }
            }
        }
        System.out.printf("%nStart-up in a JVM of its own (%s): %s (jar built %s); load average %s%n",
                restart ? "restart on seeded data" : "first start, seeding included", String.join(" ", command),
                Files.getLastModifiedTime(jar), BenchApp.loadAverage());
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long hits = firstSearchWithHits(app, URI.create("http://127.0.0.1:" + port + "/api/v1/courses?q=zonnepanelen"), log);
            double seconds = (System.nanoTime() - start) / 1e9;
            Matcher started = Pattern.compile("Started \\w+ in ([\\d.]+) seconds \\(process running for ([\\d.]+)\\)")
                    .matcher(Files.readString(log));
            Heap heap = heapAfterFullGc(app.pid());
            System.out.printf("%n| figure | value |%n|---|---|%n");
            System.out.printf("| start-up to first search with hits (%,d hits for \"zonnepanelen\", %s) | %.1f s |%n",
                    hits, restart ? "restart on seeded data" : "seeding included", seconds);
            if (started.find()) {
                System.out.printf("| Spring's own \"Started … in\" (process running for) | %s s (%s s) |%n", started.group(1),
                        started.group(2));
            }
            System.out.printf("| heap after a full GC (-Xmx1g) | %s |%n", heap);
            System.out.printf("| resident set size | %s |%n", residentSetSize(app.pid()));
            System.out.printf("| load average at the end | %s |%n", BenchApp.loadAverage());
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private record Result(String target, Map<String, Double> figures, String loadBefore, String loadAfter) {
    }

    private record Heap(long usedKb, long committedKb, long metaspaceKb, String raw) {

        @Override
        public String toString() {
            if (usedKb < 0) {
                return raw;
            }
            return String.format("%.0f MB used of %.0f MB committed", usedKb / 1024.0, committedKb / 1024.0)
                    + (metaspaceKb < 0 ? "" : String.format(" (metaspace %.0f MB)", metaspaceKb / 1024.0));
        }
    }

    /** wrk on the PATH, or a failure that says how to install it. */
    private static Path wrk() {
        Path found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "wrk")).filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null) {
            System.out.println(INSTALL_WRK);
        }
        assertThat(found).as(INSTALL_WRK).isNotNull();
        return found;
    }

    /** One request per URL first: a URL the app rejects is a mistake in the mix, to be told plainly, not a load figure. */
    private static void checkEveryPathAnswers(String base, List<String> paths) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : paths) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        }
    }

    /**
     * Waits until Tomcat has no request in hand. Requests wrk gave up on (timeouts) still run in
     * the app; without this they would eat into the next run and be counted in its heap.
     */
    private static void waitUntilIdle(ConfigurableApplicationContext app) throws InterruptedException {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
        ThreadPoolExecutor executor = (ThreadPoolExecutor) server.getTomcat().getConnector().getProtocolHandler().getExecutor();
        long start = System.nanoTime();
        Instant deadline = Instant.now().plusSeconds(300);
        while (executor.getActiveCount() > 0) {
            assertThat(Instant.now()).as("Tomcat still busy after 300 s").isBefore(deadline);
            // Polling the app's own thread pool; nothing to wait on but time.
            Thread.sleep(50);
        }
        double waited = (System.nanoTime() - start) / 1e9;
        if (waited > 1) {
            System.out.printf("(waited %.1f s for requests wrk had given up on to finish)%n", waited);
        }
    }

    /** Responses with a status ≥ 400 Tomcat has sent so far, from its request processors' MBeans. */
    private static long tomcatErrors() throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> processors = server.queryNames(new ObjectName("Tomcat:type=GlobalRequestProcessor,*"), null);
        assertThat(processors).as("Tomcat's request processor MBeans").isNotEmpty();
        long errors = 0;
        for (ObjectName processor : processors) {
            errors += ((Number) server.getAttribute(processor, "errorCount")).longValue();
        }
        return errors;
    }

    /** Runs wrk, prints its report, and returns the figures of its last line (see http-load.lua). */
    private static Map<String, Double> runWrk(Path wrk, Path script, String base, Path paths, int seconds)
            throws IOException, InterruptedException {
        List<String> command = List.of(wrk.toString(), "-t" + THREADS, "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency",
                "--timeout", TIMEOUT_SECONDS + "s",
                "-H", "Accept-Encoding: gzip", "-s", script.toString(), base, "--", paths.toString());
        System.out.printf("%n$ %s%n", String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("wrk exit code; output:\n" + output).isZero();
        System.out.print(output);
        Matcher line = RESULT.matcher(output);
        assertThat(line.find()).as("wrk printed the script's result line").isTrue();
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String pair : line.group(1).trim().split(" ")) {
            String[] kv = pair.split("=");
            figures.put(kv[0], Double.parseDouble(kv[1]));
        }
        return figures;
    }

    /** Polls the search API until it answers 200 with hits; the total number of hits. */
    private static long firstSearchWithHits(Process app, URI search, Path log) throws IOException, InterruptedException {
        return poll(app, search, log, "a search answer with hits", response -> {
            Matcher total = TOTAL.matcher(response.body());
            return response.statusCode() == 200 && total.find() && Long.parseLong(total.group(1)) > 0
                    ? Long.parseLong(total.group(1)) : null;
        });
    }

    /** Readiness turns UP once start-up is over: the seed loaded, the index checked (application runners done). */
    private static void untilReady(Process app, URI readiness, Path log) throws IOException, InterruptedException {
        poll(app, readiness, log, "readiness UP", response -> response.statusCode() == 200 && response.body().contains("UP") ? true : null);
    }

    /**
     * Asks {@code uri} of a starting app until {@code answer} makes something of the response (not null), for at
     * most 300 s, failing with the app's log when the app dies or the time is up.
     */
    private static <T> T poll(Process app, URI uri, Path log, String what, Function<HttpResponse<String>, T> answer)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the app is running; its log:\n" + Files.readString(log)).isTrue();
            try {
                T value = answer.apply(client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString()));
                if (value != null) {
                    return value;
                }
            } catch (IOException notListeningYet) {
                // The port opens late in start-up; until then the connection is refused.
            }
            // Polling a process that is starting: 20 ms is the resolution of the start-up figure.
            Thread.sleep(20);
        }
        throw new AssertionError("no " + what + " within 300 s; the app's log:\n" + Files.readString(log));
    }

    /**
     * {@code jcmd GC.run}, then {@code GC.heap_info}: what the process needs, not what it has collected lazily.
     * JDK 17 prints "heap total 262144K, used …", JDK 22 and later "heap total reserved …K, committed 262144K, used …".
     */
    private static Heap heapAfterFullGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher heap = Pattern.compile("heap\\s+total (?:reserved \\d+K, committed )?(\\d+)K, used (\\d+)K").matcher(info);
        Matcher metaspace = Pattern.compile("Metaspace\\s+used (\\d+)K").matcher(info);
        if (heap.find()) {
            // JDK 25 leaves the metaspace out of GC.heap_info.
            return new Heap(Long.parseLong(heap.group(2)), Long.parseLong(heap.group(1)),
                    metaspace.find() ? Long.parseLong(metaspace.group(1)) : -1, info);
        }
        return new Heap(-1, -1, -1, info.strip());
    }

    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        // The jcmd of the JDK the process runs on (another JDK's may not attach).
        Path java = ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
        List<String> args = new ArrayList<>(List.of(java.resolveSibling("jcmd").toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", args) + ":\n" + output).isZero();
        return output;
    }

    private static String residentSetSize(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
