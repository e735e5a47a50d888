package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Whatever is typed or put in a URL, the search answers with results or a clear 400, never a 500. */
class OddInputTest extends IntegrationTest {

    private static final List<String> ODD = List.of("\"", "(", ")", "AND", "OR NOT", "*", "?", "warmte*", "\"zonne", "a:b",
            "title:(x", "\\", "/", "[1 TO 5]", "{", "~2", "^3", "&&", "||", "!", "-", "--", "+", "'", "%", "%25", "<script>",
            "🔥", "👷‍♀️ warmtepomp 🔧", "\u0000", "\u200b", "ÆØÅ", "é", "的", "مرحبا", " ", "de het een", "x".repeat(2000),
            "warmtepomp ".repeat(200), "a b c d e f g h i j k l m n o p q r s t u v w x y z".repeat(10));

    @Test
    void oddQueriesNeverFailTheApiOrThePages() {
        for (String q : ODD) {
            assertNot500("/api/v1/courses?q=" + enc(q), "application/json");
            assertNot500("/zoeken?q=" + enc(q), "text/html");
            assertNot500("/api/v1/suggest?q=" + enc(q), "application/json");
            assertNot500("/suggesties?q=" + enc(q), "text/html");
        }
    }

    @Test
    void oddFilterValuesAreRejectedWithAReason() {
        List<String> urls = List.of("/api/v1/courses?level=" + enc("\""), "/api/v1/courses?mode=%3F",
                "/api/v1/courses?municipality=" + enc("("), "/api/v1/courses?near=" + enc("*"),
                "/api/v1/courses?near=Deventer&radiusKm=-1", "/api/v1/courses?near=Deventer&radiusKm=NaN",
                "/api/v1/courses?page=-1", "/api/v1/courses?page=99999999999", "/api/v1/courses?size=0",
                "/api/v1/courses?sort=" + enc("💥"), "/api/v1/courses?sort=distance", "/api/v1/courses?start=2027-13",
                "/api/v1/courses?startFrom=2027-02-30", "/api/v1/courses?startFrom=2027-03-01&startTo=2027-01-01",
                "/api/v1/courses?language=" + enc("nl; drop table course"), "/api/v1/courses/abc");
        for (String url : urls) {
            HttpResponse<String> response = get(url, "application/json");
            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(response.body()).as(url).contains("\"detail\"").doesNotContain("Exception").doesNotContain("at nl.");
        }
    }

    @Test
    void randomBytesInEveryParameterNeverGiveA500() {
        Random random = new Random(20261128);
        List<String> params = List.of("q", "level", "mode", "municipality", "near", "radiusKm", "language", "skill",
                "provider", "start", "startFrom", "startTo", "sort", "page", "size");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            StringBuilder url = new StringBuilder("/api/v1/courses?");
            for (String p : params) {
                if (random.nextInt(3) == 0) {
                    url.append(p).append('=').append(enc(randomText(random))).append('&');
                }
            }
            HttpResponse<String> response = get(url.toString(), "application/json");
            if (response.statusCode() >= 500) {
                failures.add(url + " -> " + response.statusCode());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String randomText(Random random) {
        int length = random.nextInt(40);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            s.appendCodePoint(switch (kind) {
                case 0 -> 'a' + random.nextInt(26);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> 0xa0 + random.nextInt(0x2000);
                default -> 0x1f300 + random.nextInt(0x300);
            });
        }
        return s.toString();
    }

    private void assertNot500(String url, String accept) {
        HttpResponse<String> response = get(url, accept);
        assertThat(response.statusCode()).as(url.length() > 120 ? url.substring(0, 120) : url).isLessThan(500);
    }
}
