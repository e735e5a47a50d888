package nl.cleantechwerkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The admin API sets up a provider and its key; the provider imports with the key; keys can be revoked. */
class ImportApiTest extends IntegrationTest {

    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin@test.local:Beheer-wachtwoord-voor-tests-2026".getBytes(StandardCharsets.UTF_8));
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String newProviderWithKey(String code) {
        HttpResponse<String> provider = send("POST", "/api/v1/admin/providers", ADMIN, "application/json",
                "{\"code\":\"" + code + "\",\"name\":\"API College " + code + "\",\"kind\":\"MBO\",\"municipality\":\"Zutphen\"}");
        assertThat(provider.statusCode()).as(provider.body()).isEqualTo(201);
        HttpResponse<String> key = send("POST", "/api/v1/admin/providers/" + code + "/api-keys", ADMIN, "application/json",
                "{\"label\":\"test\"}");
        assertThat(key.statusCode()).isEqualTo(201);
        return JSON.readTree(key.body()).get("key").asString();
    }

    private static String csv(String code, String title) {
        return "course_code,title,description,level,start_date,municipality\n" + code + "," + title
                + ",Een cursus via de API.,COURSE," + LocalDate.now().plusDays(20) + ",Zutphen\n";
    }

    @Test
    void aProviderImportsWithItsKeyAndTheCoursesAreFoundAtOnce() {
        String code = "API" + SEQUENCE.incrementAndGet();
        String key = newProviderWithKey(code);
        HttpResponse<String> imported = send("POST", "/api/v1/providers/" + code + "/imports", "Bearer " + key, "text/csv",
                csv("A-1", "Apisleuteltest waterstof"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode counts = JSON.readTree(imported.body());
        assertThat(counts.get("created").asInt()).isEqualTo(1);
        assertThat(counts.get("offerings").asInt()).isEqualTo(1);
        assertThat(getJson("/api/v1/courses?q=apisleuteltest").get("total").asLong()).isEqualTo(1);

        HttpResponse<String> again = send("POST", "/api/v1/providers/" + code + "/imports", "Bearer " + key, "text/csv",
                csv("A-1", "Apisleuteltest waterstof"));
        assertThat(JSON.readTree(again.body()).get("updated").asInt()).isEqualTo(1);
    }

    @Test
    void problemsComeBackAs422WithLineAndColumn() {
        String code = "API" + SEQUENCE.incrementAndGet();
        String key = newProviderWithKey(code);
        String bad = "course_code,title,description,level\nB-1,Goed,Goede regel,COURSE\nB-2,Fout,Foute regel,NIVEAU\n";
        HttpResponse<String> response = send("POST", "/api/v1/providers/" + code + "/imports", "Bearer " + key, "text/csv", bad);
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("level");
        assertThat(getJson("/api/v1/courses?provider=" + code).get("total").asLong()).isZero();
    }

    @Test
    void aKeyOnlyActsForItsOwnProviderAndStopsWhenRevoked() {
        String mine = "API" + SEQUENCE.incrementAndGet();
        String other = "API" + SEQUENCE.incrementAndGet();
        String key = newProviderWithKey(mine);
        newProviderWithKey(other);
        assertThat(send("POST", "/api/v1/providers/" + other + "/imports", "Bearer " + key, "text/csv", csv("X-1", "Kaping"))
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/providers/" + mine + "/imports", "Bearer ctw_000000000000_nep", "text/csv",
                csv("X-1", "Nep")).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/providers/" + mine + "/imports", null, "text/csv", csv("X-1", "Anoniem"))
                .statusCode()).isEqualTo(401);

        HttpResponse<String> issued = send("POST", "/api/v1/admin/providers/" + mine + "/api-keys", ADMIN, null, null);
        JsonNode second = JSON.readTree(issued.body());
        assertThat(send("DELETE", "/api/v1/admin/providers/" + mine + "/api-keys/" + second.get("id").asLong(), ADMIN, null, null)
                .statusCode()).isEqualTo(204);
        assertThat(send("POST", "/api/v1/providers/" + mine + "/imports", "Bearer " + second.get("key").asString(), "text/csv",
                csv("X-1", "Ingetrokken")).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/providers/" + mine + "/imports", "Bearer " + key, "text/csv", csv("X-1", "Nog geldig"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void adminApiNeedsTheAdminAndValidInput() {
        assertThat(send("POST", "/api/v1/admin/providers", null, "application/json", "{}").statusCode()).isEqualTo(401);
        String learnerLike = "Basic " + Base64.getEncoder().encodeToString("niemand@x.nl:verkeerd-wachtwoord".getBytes());
        assertThat(send("POST", "/api/v1/admin/providers", learnerLike, "application/json", "{}").statusCode()).isEqualTo(401);
        HttpResponse<String> invalid = send("POST", "/api/v1/admin/providers", ADMIN, "application/json",
                "{\"code\":\"kleine letters\",\"name\":\"X\",\"kind\":\"MBO\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"code\"");
        String code = "API" + SEQUENCE.incrementAndGet();
        newProviderWithKey(code);
        HttpResponse<String> duplicate = send("POST", "/api/v1/admin/providers", ADMIN, "application/json",
                "{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"MBO\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/v1/admin/providers/ONBEKEND/api-keys", ADMIN, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void ooapiJsonIsImportedWithTheSameKeyAndProblemsComeBackByPath() {
        String code = "API" + SEQUENCE.incrementAndGet();
        String key = newProviderWithKey(code);
        String json = """
                {"items": [{"primaryCode": {"code": "J-1"}, "name": [{"language": "nl-NL", "value": "Apijsontest biobased bouwen"}],
                  "description": [{"language": "nl-NL", "value": "Bouwen met hout en vlas."}], "level": "associate degree",
                  "offerings": [{"startDate": "%s", "addresses": [{"city": "Voorst"}]}]}]}
                """.formatted(LocalDate.now().plusDays(30));
        HttpResponse<String> imported = send("POST", "/api/v1/providers/" + code + "/imports", "Bearer " + key,
                "application/json", json);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).get("created").asInt()).isEqualTo(1);
        assertThat(getJson("/api/v1/courses?q=apijsontest").get("total").asLong()).isEqualTo(1);

        HttpResponse<String> bad = send("POST", "/api/v1/providers/" + code + "/imports", "Bearer " + key, "application/json",
                json.replace("associate degree", "kleuterklas"));
        assertThat(bad.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(bad.body()).get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("$.items[0].level");
        assertThat(error.get("column").asString()).isEqualTo("level");
        assertThat(error.has("line")).isFalse();
    }
}
