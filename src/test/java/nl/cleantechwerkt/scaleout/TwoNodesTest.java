package nl.cleantechwerkt.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import nl.cleantechwerkt.CleantechWerktApplication;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.OpenSearchTestNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Two app nodes on one PostgreSQL and one OpenSearch, coordinated by outbox polling as in
 * production (profile {@code opensearch}): courses published through node 1 are found through
 * node 2, the median of 100 within the polling interval plus a second (docs/benchmarks.md has
 * the figures); when a node stops the other takes over the outbox, and a write that no node
 * processed waits in the outbox until a node starts. Runs in the build's {@code opensearch}
 * execution, which provides the OpenSearch node.
 */
@Tag("opensearch")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    /** Hibernate Search's default {@code coordination.event_processor.polling_interval}. */
    private static final Duration POLLING_INTERVAL = Duration.ofMillis(100);
    private static final Duration VISIBLE_WITHIN = POLLING_INTERVAL.plusSeconds(1);
    /** A node that takes over the shards of one that left waits for the next pulse (2 s) and rebalances. */
    private static final Duration TAKEOVER_WITHIN = Duration.ofSeconds(30);
    private static final int MEASURED_WRITES = 100;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private EmbeddedPostgres postgres;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    void startDatabase() throws IOException {
        assumeTrue(OpenSearchTestNode.active(), "needs the build's opensearch execution (an OpenSearch node)");
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stopEverything() throws IOException {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void coursesPublishedThroughOneNodeAreFoundThroughTheOtherAndNoUpdateIsLostWhenNodesStop() throws Exception {
        ConfigurableApplicationContext node1 = startNode();
        ConfigurableApplicationContext node2 = startNode();
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        // A node that joins makes the event processors share the outbox anew (a few pulses of 2 s);
        // the bound below is for a running pair.
        await(() -> runningProcessors(jdbc) == 2, TAKEOVER_WITHIN, "two event processors running");
        CourseFixtures fixtures = new CourseFixtures(node1.getBean(CourseRegistration.class));
        String provider = fixtures.provider("Twee Knopen Academie");
        // A fresh node's first requests load and initialise half of Spring MVC: not what is measured.
        for (int i = 0; i < 20; i++) {
            total(node1, "opwarmen");
            total(node2, "opwarmen");
        }

        fixtures.course(provider, "Warmtepompmonteur knoopeen").runIn("Deventer", 20).publish();
        Duration first = timeUntilFound(node2, "knoopeen", Duration.ofSeconds(30));
        System.out.printf("%nFirst write through node 1 visible on node 2 after %d ms%n", first.toMillis());

        List<Long> delaysMs = new ArrayList<>();
        for (int i = 0; i < MEASURED_WRITES; i++) {
            String word = "meting" + letters(i);
            fixtures.course(provider, "Zonnepanelen " + word).runIn("Zutphen", 30).publish();
            delaysMs.add(timeUntilFound(node2, word, Duration.ofSeconds(30)).toMillis());
        }
        List<Long> sorted = delaysMs.stream().sorted().toList();
        long p50 = sorted.get(sorted.size() / 2);
        long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        System.out.printf("Index visibility across nodes (write on node 1, search on node 2), %d writes: "
                + "p50 %d ms, p99 %d ms, max %d ms%n", MEASURED_WRITES, p50, p99, sorted.get(sorted.size() - 1));
        // The median, not every write: the machine runs other builds, and one slow poll is no lost update.
        assertThat(p50).as("median delay of a write through node 1 until node 2 finds it")
                .isLessThanOrEqualTo(VISIBLE_WITHIN.toMillis());

        // Node 2 stops: node 1 takes over all of the outbox.
        stop(node2);
        fixtures.course(provider, "Laadpaalinstallateur knooptwee").runIn("Apeldoorn", 25).publish();
        timeUntilFound(node1, "knooptwee", TAKEOVER_WITHIN);
        stop(node1);

        // A write while no node processes the outbox (a node with its event processor off) waits
        // there, unindexed, until a node that processes starts.
        ConfigurableApplicationContext writeOnly = startNode("--spring.jpa.properties.hibernate.search.coordination"
                + ".event_processor.enabled=false");
        new CourseFixtures(writeOnly.getBean(CourseRegistration.class)).course(provider, "Isolatiemonteur knoopdrie")
                .runIn("Epe", 25).publish();
        assertThat(pendingEvents(jdbc)).isPositive();
        assertThat(total(writeOnly, "knoopdrie")).isZero();
        stop(writeOnly);

        ConfigurableApplicationContext restarted = startNode();
        timeUntilFound(restarted, "knoopdrie", TAKEOVER_WITHIN);
        assertThat(List.of("knoopeen", "knooptwee", "knoopdrie")).allSatisfy(word -> assertThat(total(restarted, word)).isEqualTo(1));
        await(() -> pendingEvents(jdbc) == 0, TAKEOVER_WITHIN, "outbox emptied");
    }

    private static int pendingEvents(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from hsearch_outbox_event", Integer.class);
    }

    private static int runningProcessors(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'"
                + " and state = 'RUNNING' and total_shard_count = (select count(*) from hsearch_agent"
                + " where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING')", Integer.class);
    }

    private ConfigurableApplicationContext startNode(String... extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=test,postgres,opensearch",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.jpa.properties.hibernate.search.backend.uris=" + OpenSearchTestNode.uris(),
                "--spring.jpa.properties.hibernate.search.backend.layout.strategy=class:" + PrefixedIndexLayout.class.getName(),
                "--server.port=0",
                "--app.data-dir=" + Files.createTempDirectory("ctw-node-"),
                "--logging.level.root=WARN"));
        args.addAll(List.of(extraArgs));
        ConfigurableApplicationContext node = new SpringApplicationBuilder(CleantechWerktApplication.class)
                .run(args.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    private void stop(ConfigurableApplicationContext node) {
        node.close();
        nodes.remove(node);
    }

    /** Searches through the node's HTTP API until the word is found; the time from the call. */
    private static Duration timeUntilFound(ConfigurableApplicationContext node, String word, Duration timeout) {
        long start = System.nanoTime();
        await(() -> total(node, word) > 0, timeout, "'" + word + "' found");
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Checks the condition every 10 ms (the resolution of the measured delays) until it holds. */
    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + what + " within " + timeout);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    /** Number of courses the node's API finds for the text. */
    private static long total(ConfigurableApplicationContext node, String text) {
        int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/courses?size=1&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JSON.readTree(response.body()).get("total").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A distinct, letters-only word per write: no typo of one another within the fuzzy distance. */
    private static String letters(int n) {
        StringBuilder word = new StringBuilder();
        int value = n;
        for (int i = 0; i < 3; i++) {
            word.append((char) ('a' + value % 26));
            value /= 26;
        }
        return word.reverse().toString() + "x" + word;
    }
}
