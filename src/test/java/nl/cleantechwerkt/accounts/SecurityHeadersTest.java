package nl.cleantechwerkt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Every response carries the protective headers; admin endpoints need the admin. */
class SecurityHeadersTest extends IntegrationTest {

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        for (String path : List.of("/", "/zoeken?q=warmtepomp", "/inloggen", "/api/v1/courses?q=x", "/opleidingen/987654")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).isPresent();
        }
    }

    @Test
    void pagesContainNoInlineScriptsOrStylesTheCspWouldBlock() {
        for (String path : List.of("/", "/zoeken?q=warmtepomp", "/inloggen", "/registreren", "/over", "/inzicht")) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style")
                    .doesNotContain(" style=\"").doesNotContain(" onclick=");
        }
    }

    @Test
    void actuatorDetailsNeedTheAdmin() throws Exception {
        assertThat(get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(401);
        assertThat(basic("/actuator/prometheus", "admin@test.local", "Beheer-wachtwoord-voor-tests-2026").statusCode())
                .isEqualTo(200);
        assertThat(basic("/actuator/prometheus", "admin@test.local", "fout wachtwoord hier").statusCode()).isEqualTo(401);
    }

    @Test
    void unknownApiPathsAreClosedByDefault() {
        HttpResponse<String> response = get("/api/v1/admin/providers", "application/json");
        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(response.body()).contains("\"status\"");
    }

    private HttpResponse<String> basic(String path, String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
