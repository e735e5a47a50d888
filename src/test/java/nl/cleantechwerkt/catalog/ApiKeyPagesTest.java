package nl.cleantechwerkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.SchoolLogins;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin issues a provider's API key on its page, sees it exactly once, and revokes it there. */
class ApiKeyPagesTest extends IntegrationTest {

    private static final String ADMIN = "admin@test.local";
    private static final String ADMIN_PASSWORD = "Beheer-wachtwoord-voor-tests-2026";
    private static final Pattern FULL_KEY = Pattern.compile("ctw_[0-9a-f]{12}_[0-9a-f]{48}");
    private static final String CSV = "course_code,title,description,level\nK-1,Sleutelpaginatest,Via een sleutel van de pagina.,COURSE\n";

    @Autowired
    CourseRegistration registration;
    @Autowired
    Accounts accounts;

    private WebSession admin() {
        WebSession admin = new WebSession(port);
        admin.login(ADMIN, ADMIN_PASSWORD);
        return admin;
    }

    private static String keysPage(String code) {
        return "/admin/aanbieders/" + code + "/sleutels";
    }

    private HttpResponse<String> importWith(String code, String key) {
        return send("POST", "/api/v1/providers/" + code + "/imports", "Bearer " + key, "text/csv", CSV);
    }

    @Test
    void aKeyIssuedOnThePageWorksUntilItIsRevokedThere() {
        String code = new CourseFixtures(registration).provider("Sleutelcollege");
        WebSession admin = admin();
        assertThat(admin.get("/admin/aanbieders").body()).contains("href=\"" + keysPage(code) + "\"");
        assertThat(admin.get(keysPage(code)).body()).contains("API-sleutels van Sleutelcollege")
                .contains("nog geen API-sleutels");

        HttpResponse<String> issued = admin.submit(keysPage(code), keysPage(code), Map.of("label", "Roosterkoppeling"));
        assertThat(issued.statusCode()).isEqualTo(302);
        String location = issued.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(keysPage(code));
        assertThat(FULL_KEY.matcher(location).find()).as("the key is not in the redirect URL").isFalse();

        HttpResponse<String> shown = admin.get(keysPage(code));
        assertThat(shown.body()).contains("niet opnieuw getoond").contains("Roosterkoppeling").contains("door " + ADMIN)
                .contains("Actief").contains("Nooit");
        assertThat(shown.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher found = FULL_KEY.matcher(shown.body());
        assertThat(found.find()).as("the new key on the page").isTrue();
        String key = found.group();
        assertThat(found.find()).as("the key shown only once on the page").isFalse();

        HttpResponse<String> reloaded = admin.get(keysPage(code));
        assertThat(FULL_KEY.matcher(reloaded.body()).find()).as("the key after a reload").isFalse();
        assertThat(reloaded.body()).doesNotContain("niet opnieuw getoond")
                .contains(key.substring(0, key.lastIndexOf('_')) + "_…");

        HttpResponse<String> imported = importWith(code, key);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).get("created").asInt()).isEqualTo(1);
        assertThat(admin.get(keysPage(code)).body()).doesNotContain("Nooit");

        String page = admin.get(keysPage(code)).body();
        Matcher revokeAction = Pattern.compile("action=\"(" + Pattern.quote(keysPage(code)) + "/\\d+/intrekken)\"").matcher(page);
        assertThat(revokeAction.find()).isTrue();
        HttpResponse<String> revoked = admin.submit(keysPage(code), revokeAction.group(1), Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        URI afterRevoke = URI.create(revoked.headers().firstValue("Location").orElseThrow());
        assertThat(admin.get(afterRevoke.getRawPath() + "?" + afterRevoke.getRawQuery()).body())
                .contains("is ingetrokken").contains("Ingetrokken op").doesNotContain("Actief");

        assertThat(importWith(code, key).statusCode()).isEqualTo(401);
    }

    @Test
    void aTooLongLabelIsRefusedAtTheFieldAndIssuesNoKey() {
        String code = new CourseFixtures(registration).provider("Labelcollege");
        WebSession admin = admin();
        HttpResponse<String> response = admin.submit(keysPage(code), keysPage(code), Map.of("label", "x".repeat(101)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Hoogstens 100 tekens.").contains("aria-invalid=\"true\"");
        assertThat(FULL_KEY.matcher(response.body()).find()).isFalse();
        assertThat(admin.get(keysPage(code)).body()).contains("nog geen API-sleutels");
    }

    @Test
    void unknownProvidersAndOtherProvidersKeysAreNotFound() {
        WebSession admin = admin();
        assertThat(admin.get(keysPage("ONBEKEND")).statusCode()).isEqualTo(404);
        assertThat(admin.submit("/admin/aanbieders", keysPage("ONBEKEND"), Map.of("label", "")).statusCode()).isEqualTo(404);

        CourseFixtures fixtures = new CourseFixtures(registration);
        String mine = fixtures.provider("Eigen college");
        String theirs = fixtures.provider("Ander college");
        admin.submit(keysPage(theirs), keysPage(theirs), Map.of("label", ""));
        Matcher theirKey = Pattern.compile("/sleutels/(\\d+)/intrekken").matcher(admin.get(keysPage(theirs)).body());
        assertThat(theirKey.find()).isTrue();
        HttpResponse<String> crossed = admin.submit(keysPage(mine), keysPage(mine) + "/" + theirKey.group(1) + "/intrekken", Map.of());
        assertThat(crossed.statusCode()).isEqualTo(404);
        assertThat(admin.get(keysPage(theirs)).body()).contains("Actief");
    }

    @Test
    void onlyTheAdminMayManageKeys() {
        SchoolLogins.School school = SchoolLogins.newSchool(registration, accounts, port);
        assertThat(school.session().get(keysPage(school.code())).statusCode()).isEqualTo(403);
        HttpResponse<String> attempt = school.session().submit("/school/opleidingen", keysPage(school.code()), Map.of("label", ""));
        assertThat(attempt.statusCode()).isEqualTo(403);
        assertThat(admin().get(keysPage(school.code())).body()).contains("nog geen API-sleutels");

        HttpResponse<String> anonymous = new WebSession(port).get(keysPage(school.code()));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen");
    }
}
