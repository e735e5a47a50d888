package nl.cleantechwerkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.TestMail;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin sets up a school; the school keeps its own offer in or out of search, and only its own. */
class SchoolPublishingTest extends IntegrationTest {

    private static final String ADMIN = "admin@test.local";
    private static final String ADMIN_PASSWORD = "Beheer-wachtwoord-voor-tests-2026";
    private static final String SCHOOL_PASSWORD = "lesgeven in de regio";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CourseRegistration registration;

    /** The admin registers a provider and a school user through the pages; returns the user's e-mail. */
    private String setUpSchool(String code, String name) {
        WebSession admin = new WebSession(port);
        admin.login(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> created = admin.submit("/admin/aanbieders", "/admin/aanbieders",
                Map.of("code", code, "name", name, "kind", "PRIVATE", "place", "Deventer", "website", ""));
        assertThat(created.statusCode()).isEqualTo(302);
        String email = "docent" + SEQUENCE.incrementAndGet() + "@" + code.toLowerCase() + ".nl";
        HttpResponse<String> user = admin.submit("/admin/aanbieders/" + code + "/gebruikers", "/admin/aanbieders/" + code
                + "/gebruikers", Map.of("email", email, "displayName", "Docent " + name));
        assertThat(user.statusCode()).isEqualTo(302);
        // The invited teacher chooses the password through the link in the invitation.
        String link = TestMail.passwordLink(email, 1);
        WebSession teacher = new WebSession(port);
        HttpResponse<String> set = teacher.submit(link, link, Map.of("password", SCHOOL_PASSWORD, "passwordConfirm", SCHOOL_PASSWORD));
        assertThat(set.statusCode()).isEqualTo(302);
        return email;
    }

    @Test
    void aSchoolArchivesACourseAndItLeavesSearchAtOnce() {
        String code = "SCH" + SEQUENCE.incrementAndGet();
        String email = setUpSchool(code, "Regionaal Techniekcollege");
        long course = new CourseFixtures(registration).course(code, "Meet- en regeltechniek archieftest")
                .runIn("Epe", 30).publish();
        assertThat(getJson("/api/v1/courses?q=archieftest").get("total").asLong()).isEqualTo(1);

        WebSession school = new WebSession(port);
        school.login(email, SCHOOL_PASSWORD);
        String list = school.get("/school/opleidingen").body();
        assertThat(list).contains("Opleidingen van Regionaal Techniekcollege").contains("Meet- en regeltechniek archieftest")
                .contains("Gepubliceerd");

        HttpResponse<String> archived = school.submit("/school/opleidingen", "/school/opleidingen/" + course + "/archiveren",
                Map.of());
        assertThat(archived.statusCode()).isEqualTo(302);
        assertThat(getJson("/api/v1/courses?q=archieftest").get("total").asLong()).isZero();
        assertThat(get("/opleidingen/" + course).statusCode()).isEqualTo(404);
        assertThat(school.get("/school/opleidingen").body()).contains("Gearchiveerd");

        school.submit("/school/opleidingen", "/school/opleidingen/" + course + "/publiceren", Map.of());
        assertThat(getJson("/api/v1/courses?q=archieftest").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aSchoolCannotTouchAnotherSchoolsCourse() {
        String mine = "SCH" + SEQUENCE.incrementAndGet();
        String theirs = "SCH" + SEQUENCE.incrementAndGet();
        String email = setUpSchool(mine, "Eigen School");
        setUpSchool(theirs, "Andere School");
        long otherCourse = new CourseFixtures(registration).course(theirs, "Vreemde cursus eigendomstest").runIn("Heerde", 20)
                .publish();

        WebSession school = new WebSession(port);
        school.login(email, SCHOOL_PASSWORD);
        assertThat(school.get("/school/opleidingen").body()).doesNotContain("eigendomstest");
        HttpResponse<String> attempt = school.submit("/school/opleidingen", "/school/opleidingen/" + otherCourse + "/archiveren",
                Map.of());
        assertThat(attempt.statusCode()).isEqualTo(404);
        assertThat(getJson("/api/v1/courses?q=eigendomstest").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void eachAreaIsOnlyForItsRole() {
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/school/opleidingen").headers().firstValue("Location").orElse("")).endsWith("/inloggen");
        assertThat(anonymous.get("/admin/aanbieders").headers().firstValue("Location").orElse("")).endsWith("/inloggen");

        WebSession learner = new WebSession(port);
        String learnerEmail = "lerende" + SEQUENCE.incrementAndGet() + "@voorbeeld.nl";
        learner.submit("/registreren", "/registreren", Map.of("email", learnerEmail, "displayName", "Lerende",
                "role", "LEARNER", "password", SCHOOL_PASSWORD, "passwordConfirm", SCHOOL_PASSWORD));
        learner.login(learnerEmail, SCHOOL_PASSWORD);
        assertThat(learner.get("/school/opleidingen").statusCode()).isEqualTo(403);
        assertThat(learner.get("/admin/aanbieders").statusCode()).isEqualTo(403);

        WebSession school = new WebSession(port);
        school.login(setUpSchool("SCH" + SEQUENCE.incrementAndGet(), "Rolschool"), SCHOOL_PASSWORD);
        assertThat(school.get("/school/opleidingen").statusCode()).isEqualTo(200);
        assertThat(school.get("/admin/aanbieders").statusCode()).isEqualTo(403);
    }

    @Test
    void theProviderFormExplainsWhatIsWrong() {
        WebSession admin = new WebSession(port);
        admin.login(ADMIN, ADMIN_PASSWORD);
        String bad = admin.submit("/admin/aanbieders", "/admin/aanbieders",
                Map.of("code", "x y", "name", "", "kind", "MBO", "place", "", "website", "")).body();
        assertThat(bad).contains("Gebruik 2 tot 40 hoofdletters").contains("Vul de naam in.");
        String code = "SCH" + SEQUENCE.incrementAndGet();
        setUpSchool(code, "Dubbele School");
        String duplicate = admin.submit("/admin/aanbieders", "/admin/aanbieders",
                Map.of("code", code, "name", "Nog een", "kind", "MBO", "place", "", "website", "")).body();
        assertThat(duplicate).contains("Er is al een aanbieder met code " + code);
        String noAddress = admin.submit("/admin/aanbieders/" + code + "/gebruikers", "/admin/aanbieders/" + code + "/gebruikers",
                Map.of("email", "geen adres", "displayName", "")).body();
        assertThat(noAddress).contains("Dit is geen geldig e-mailadres.").contains("Vul je naam in.");
        String taken = admin.submit("/admin/aanbieders/" + code + "/gebruikers", "/admin/aanbieders/" + code + "/gebruikers",
                Map.of("email", ADMIN, "displayName", "Beheer")).body();
        assertThat(taken).contains("Er is al een account met dit e-mailadres.");
    }
}
