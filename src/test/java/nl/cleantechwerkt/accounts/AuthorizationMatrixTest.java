package nl.cleantechwerkt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.cleantechwerkt.employers.EmployerData;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.shared.Sector;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, and who may use it. The first test fails when an
 * endpoint is added without a row here; the second calls every page endpoint as each kind of
 * person and checks they get in, or are refused, as the row says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends IntegrationTest {

    /** Who may use an endpoint. */
    enum Access { PUBLIC, ANY_USER, LEARNER, SCHOOL, EMPLOYER, ADMIN, API_KEY_OR_ADMIN }

    private static final Map<String, Access> MATRIX = Map.ofEntries(
            Map.entry("GET /", Access.PUBLIC),
            Map.entry("GET /zoeken", Access.PUBLIC),
            Map.entry("GET /opleidingen/{id}", Access.PUBLIC),
            Map.entry("GET /suggesties", Access.PUBLIC),
            Map.entry("GET /over", Access.PUBLIC),
            Map.entry("GET /wat-past-bij-mij", Access.PUBLIC),
            Map.entry("GET /wat-past-bij-mij/beroepen", Access.PUBLIC),
            Map.entry("GET /inloggen", Access.PUBLIC),
            Map.entry("GET /registreren", Access.PUBLIC),
            Map.entry("POST /registreren", Access.PUBLIC),
            Map.entry("GET /wachtwoord-vergeten", Access.PUBLIC),
            Map.entry("POST /wachtwoord-vergeten", Access.PUBLIC),
            Map.entry("GET /wachtwoord-instellen/{secret}", Access.PUBLIC),
            Map.entry("POST /wachtwoord-instellen/{secret}", Access.PUBLIC),
            Map.entry("GET /account", Access.ANY_USER),
            Map.entry("POST /account/wachtwoord", Access.ANY_USER),
            Map.entry("GET /meldingen", Access.ANY_USER),
            Map.entry("POST /meldingen/gelezen", Access.ANY_USER),
            Map.entry("GET /meldingen/instellingen", Access.ANY_USER),
            Map.entry("POST /meldingen/instellingen", Access.ANY_USER),
            Map.entry("GET /profiel", Access.LEARNER),
            Map.entry("GET /profiel/bewerken", Access.LEARNER),
            Map.entry("POST /profiel/opslaan", Access.LEARNER),
            Map.entry("GET /profiel/vaardigheden", Access.LEARNER),
            Map.entry("GET /profiel/beroepen", Access.LEARNER),
            Map.entry("POST /profiel/toestemming", Access.LEARNER),
            Map.entry("GET /profiel/export.json", Access.LEARNER),
            Map.entry("POST /profiel/verwijderen", Access.LEARNER),
            Map.entry("GET /school/opleidingen", Access.SCHOOL),
            Map.entry("GET /school/opleidingen/nieuw", Access.SCHOOL),
            Map.entry("GET /school/opleidingen/{id}/bewerken", Access.SCHOOL),
            Map.entry("POST /school/opleidingen/opslaan", Access.SCHOOL),
            Map.entry("POST /school/opleidingen/{id}/archiveren", Access.SCHOOL),
            Map.entry("POST /school/opleidingen/{id}/publiceren", Access.SCHOOL),
            Map.entry("GET /school/vaardigheden", Access.SCHOOL),
            Map.entry("GET /school/import", Access.SCHOOL),
            Map.entry("POST /school/import", Access.SCHOOL),
            Map.entry("GET /school/import/sjabloon.csv", Access.SCHOOL),
            Map.entry("GET /school/import/fouten/{id}.csv", Access.SCHOOL),
            Map.entry("GET /school/import/voortgang/{id}", Access.SCHOOL),
            Map.entry("GET /werkgever", Access.EMPLOYER),
            Map.entry("POST /werkgever", Access.EMPLOYER),
            Map.entry("GET /werkgever/behoeften", Access.EMPLOYER),
            Map.entry("GET /werkgever/behoeften/nieuw", Access.EMPLOYER),
            Map.entry("GET /werkgever/behoeften/{id}", Access.EMPLOYER),
            Map.entry("GET /werkgever/behoeften/{id}/koppelingen", Access.EMPLOYER),
            Map.entry("POST /werkgever/behoeften/{id}/kandidaten/{profileId}/uitnodigen", Access.EMPLOYER),
            Map.entry("GET /profiel/advies", Access.LEARNER),
            Map.entry("POST /profiel/opleidingen/{courseId}", Access.LEARNER),
            Map.entry("GET /profiel/uitnodigingen", Access.LEARNER),
            Map.entry("GET /profiel/zoekopdrachten", Access.LEARNER),
            Map.entry("POST /profiel/zoekopdrachten", Access.LEARNER),
            Map.entry("POST /profiel/zoekopdrachten/advies", Access.LEARNER),
            Map.entry("GET /profiel/zoekopdrachten/{id}", Access.LEARNER),
            Map.entry("POST /profiel/zoekopdrachten/{id}/meldingen", Access.LEARNER),
            Map.entry("POST /profiel/zoekopdrachten/{id}/verwijderen", Access.LEARNER),
            Map.entry("POST /profiel/uitnodigingen/{id}/antwoord", Access.LEARNER),
            Map.entry("GET /werkgever/behoeften/{id}/bewerken", Access.EMPLOYER),
            Map.entry("POST /werkgever/behoeften/opslaan", Access.EMPLOYER),
            Map.entry("POST /werkgever/behoeften/{id}/sluiten", Access.EMPLOYER),
            Map.entry("POST /werkgever/behoeften/{id}/vervuld", Access.EMPLOYER),
            Map.entry("POST /werkgever/behoeften/{id}/heropenen", Access.EMPLOYER),
            Map.entry("GET /werkgever/beroepen", Access.EMPLOYER),
            Map.entry("GET /werkgever/vaardigheden", Access.EMPLOYER),
            Map.entry("GET /admin/aanbieders", Access.ADMIN),
            Map.entry("GET /admin/voortgang", Access.ADMIN),
            Map.entry("GET /admin/voortgang.pdf", Access.ADMIN),
            Map.entry("POST /admin/aanbieders", Access.ADMIN),
            Map.entry("GET /admin/aanbieders/{code}/gebruikers", Access.ADMIN),
            Map.entry("POST /admin/aanbieders/{code}/gebruikers", Access.ADMIN),
            Map.entry("GET /admin/aanbieders/{code}/sleutels", Access.ADMIN),
            Map.entry("POST /admin/aanbieders/{code}/sleutels", Access.ADMIN),
            Map.entry("POST /admin/aanbieders/{code}/sleutels/{id}/intrekken", Access.ADMIN),
            Map.entry("GET /inzicht", Access.PUBLIC),
            Map.entry("GET /inzicht/export/{table}.csv", Access.PUBLIC),
            Map.entry("GET /school/inzicht", Access.SCHOOL),
            Map.entry("GET /school/inzicht/export.csv", Access.SCHOOL),
            Map.entry("GET /admin/inzicht", Access.ADMIN),
            Map.entry("GET /admin/zoekindex", Access.ADMIN),
            Map.entry("POST /admin/zoekindex/herbouwen", Access.ADMIN),
            Map.entry("GET /admin/inzicht/export/{table}.csv", Access.ADMIN),
            Map.entry("GET /api/v1/courses", Access.PUBLIC),
            Map.entry("GET /api/v1/courses/{id}", Access.PUBLIC),
            Map.entry("GET /api/v1/suggest", Access.PUBLIC),
            Map.entry("POST /api/v1/match/courses", Access.PUBLIC),
            Map.entry("GET /api/v1/insights/skills", Access.PUBLIC),
            Map.entry("POST /api/v1/providers/{providerCode}/imports", Access.API_KEY_OR_ADMIN),
            Map.entry("POST /api/v1/admin/providers", Access.ADMIN),
            Map.entry("POST /api/v1/admin/providers/{code}/api-keys", Access.ADMIN),
            Map.entry("DELETE /api/v1/admin/providers/{code}/api-keys/{id}", Access.ADMIN));

    /** Framework endpoints that are not ours to list (error handling, API docs). */
    private static final Set<String> FRAMEWORK = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
            "/swagger-ui.html");

    private static final String PASSWORD = "toegang per rol getest";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Accounts accounts;
    @Autowired
    nl.cleantechwerkt.catalog.CourseRegistration registration;
    @Autowired
    Employers employers;

    private final Map<String, WebSession> people = new java.util.LinkedHashMap<>();
    private long courseId;

    @BeforeAll
    void people() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Matrix School");
        courseId = fixtures.course(provider, "Matrix cursus").runIn("Epe", 10).publish();
        accounts.register("matrix-lerende@test.nl", PASSWORD, "Lerende", Role.LEARNER);
        accounts.register("matrix-werkgever@test.nl", PASSWORD, "Werkgever", Role.EMPLOYER);
        accounts.create("matrix-school@test.nl", PASSWORD, "School", Role.SCHOOL, provider);
        // With an organisation, the employer's pages answer instead of sending it to the profile first.
        employers.saveOrganisation(accounts.find("matrix-werkgever@test.nl").orElseThrow().id(),
                new EmployerData("Matrix BV", "12345678", "Deventer", Sector.GENERAL));
        people.put("anonymous", new WebSession(port));
        for (String who : List.of("lerende", "werkgever", "school")) {
            WebSession session = new WebSession(port);
            session.login("matrix-" + who + "@test.nl", PASSWORD);
            people.put(who, session);
        }
        WebSession admin = new WebSession(port);
        admin.login("admin@test.local", "Beheer-wachtwoord-voor-tests-2026");
        people.put("admin", admin);
    }

    @Test
    void everyEndpointHasARule() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String path : info.getPatternValues()) {
                if (FRAMEWORK.contains(path)) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + path));
            }
        });
        assertThat(MATRIX.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(mapped);
        assertThat(mapped).as("endpoints without a rule in the authorization matrix").isSubsetOf(MATRIX.keySet());
    }

    @Test
    void pagesLetInExactlyTheRolesTheirRuleNames() {
        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((endpoint, access) -> {
            String[] parts = endpoint.split(" ");
            if (!parts[0].equals("GET") || parts[1].startsWith("/api/")) {
                return;
            }
            String path = parts[1].replace("{id}.csv", "onbekend.csv").replace("{id}", String.valueOf(courseId))
                    .replace("{code}", "ONBEKEND").replaceAll("\\{[A-Za-z]+}", "1");
            people.forEach((who, session) -> {
                HttpResponse<String> response = session.get(path);
                boolean allowed = response.statusCode() < 300 || response.statusCode() == 404;
                boolean expected = switch (access) {
                    case PUBLIC -> true;
                    case ANY_USER -> !who.equals("anonymous");
                    case LEARNER -> who.equals("lerende");
                    case SCHOOL -> who.equals("school");
                    case EMPLOYER -> who.equals("werkgever");
                    case ADMIN, API_KEY_OR_ADMIN -> who.equals("admin");
                };
                if (allowed != expected) {
                    wrong.add(who + " " + endpoint + " -> " + response.statusCode());
                }
            });
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void formPostsAreRefusedToRolesWithoutAccessEvenWithAValidToken() {
        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((endpoint, access) -> {
            String[] parts = endpoint.split(" ");
            if (!parts[0].equals("POST") || parts[1].startsWith("/api/") || access == Access.PUBLIC) {
                return;
            }
            String path = parts[1].replace("{id}", String.valueOf(courseId)).replace("{code}", "ONBEKEND")
                    .replaceAll("\\{[A-Za-z]+}", "1");
            people.forEach((who, session) -> {
                boolean expected = switch (access) {
                    case ANY_USER -> !who.equals("anonymous");
                    case LEARNER -> who.equals("lerende");
                    case SCHOOL -> who.equals("school");
                    case EMPLOYER -> who.equals("werkgever");
                    case ADMIN -> who.equals("admin");
                    default -> true;
                };
                if (!expected) {
                    HttpResponse<String> response = session.submit("/inloggen", path, Map.of());
                    boolean refused = response.statusCode() == 403 || (response.statusCode() == 302
                            && response.headers().firstValue("Location").orElse("").endsWith("/inloggen"));
                    if (!refused) {
                        wrong.add(who + " " + endpoint + " -> " + response.statusCode());
                    }
                }
            });
        });
        assertThat(wrong).isEmpty();
    }
}
