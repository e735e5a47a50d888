package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The search pages as a person gets them over HTTP, in Dutch and in English, without JavaScript. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPagesTest extends IntegrationTest {

    @Autowired
    CourseRegistration registration;

    long course;

    @BeforeAll
    void publish() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Pagina Testcentrum");
        course = fixtures.course(provider, "Koeltechniek voor monteurs")
                .description("Koelinstallaties vullen met koudemiddelen en lekdicht maken.")
                .level(Level.MBO_3).mode(CourseMode.BBL).runIn("Hattem", 25).runIn("Zutphen", -10).publish();
    }

    @Test
    void homePageOffersASearchBoxInDutch() {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"nl\"").contains("Vind de opleiding die bij je past")
                .contains("name=\"q\"").contains("<label for=\"q\"")
                .contains("This service uses the ESCO classification of the European Commission.");
    }

    @Test
    void homePageSpeaksEnglishOnRequest() {
        HttpResponse<String> page = get("/?lang=en");
        assertThat(page.body()).contains("<html lang=\"en\"").contains("Find the course that fits you");
        assertThat(page.headers().allValues("Set-Cookie").toString()).contains("ctw-lang=en");
    }

    @Test
    void resultsPageShowsHitsFacetsAndHighlights() {
        String body = get("/zoeken?q=koeltechniek").body();
        assertThat(body).contains("<mark>Koeltechniek</mark> voor monteurs")
                .contains("data-facet=\"level\"").contains("mbo niveau 3")
                .contains("Hattem");
    }

    @Test
    void selectedFiltersShowAsRemovableChips() {
        String body = get("/zoeken?q=koeltechniek&level=MBO-3&mode=BBL").body();
        assertThat(body).contains("class=\"chip\"").contains("Niveau: mbo niveau 3").contains("Vorm: BBL (leren en werken)");
        assertThat(body).contains("href=\"/zoeken?q=koeltechniek&amp;mode=BBL\"");
    }

    @Test
    void languageSwitchKeepsTheSearchAndFilters() {
        String body = get("/zoeken?q=koeltechniek&level=MBO-3").body();
        assertThat(body).contains("href=\"/zoeken?q=koeltechniek&amp;level=MBO-3&amp;lang=en\"");
        String english = get("/zoeken?q=koeltechniek&level=MBO-3&lang=en").body();
        assertThat(english).contains("href=\"/zoeken?q=koeltechniek&amp;level=MBO-3&amp;lang=nl\"")
                .contains("Level: MBO level 3");
    }

    @Test
    void noResultsPageHelpsTheSearcher() {
        String body = get("/zoeken?q=koeltechniekkk%20monteursss%20xqzt").body();
        assertThat(body).contains("Geen opleidingen gevonden").contains("Controleer de spelling");
    }

    @Test
    void noResultsPageSuggestsASpelling() {
        // Three typos: more than the search forgives, within what the suggestion repairs.
        String body = get("/zoeken?q=kooeltechnieeek").body();
        assertThat(body).contains("Geen opleidingen gevonden").contains("Bedoelde je")
                .contains("<a class=\"suggestion\" href=\"/zoeken?q=koeltechniek\">koeltechniek</a>");
    }

    @Test
    void badFilterValueGivesAMessageOnThePageNotAnError() {
        HttpResponse<String> page = get("/zoeken?q=koeltechniek&near=Atlantis");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("role=\"alert\"").contains("Atlantis").contains("name=\"q\"");
    }

    @Test
    void coursePageShowsUpcomingRunsSkillsAndProvider() {
        String body = get("/opleidingen/" + course).body();
        assertThat(body).contains("<h1>Koeltechniek voor monteurs</h1>").contains("Pagina Testcentrum")
                .contains("Startmomenten");
        String runs = body.substring(body.indexOf("<table"), body.indexOf("</table>"));
        assertThat(runs).contains("Hattem").doesNotContain("Zutphen");
        String english = get("/opleidingen/" + course + "?lang=en").body();
        assertThat(english).contains("Start dates").contains("MBO level 3");
    }

    @Test
    void unknownCourseIsA404PageInTheUsersLanguage() {
        HttpResponse<String> page = get("/opleidingen/999999");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Niet gevonden");
        HttpResponse<String> english = get("/opleidingen/999999?lang=en");
        assertThat(english.body()).contains("Not found");
    }

    @Test
    void aboutPageCarriesTheEscoAttribution() {
        String body = get("/over").body();
        assertThat(body).contains("This service uses the ESCO classification of the European Commission.")
                .contains("illustratief");
    }

    @Test
    void autocompleteFragmentListsSuggestions() {
        String body = get("/suggesties?q=koelt").body();
        assertThat(body).contains("<datalist id=\"suggestions\"").contains("Koeltechniek voor monteurs");
    }

    @Test
    void apiIsDocumentedInOpenApi() {
        String docs = get("/v3/api-docs", "application/json").body();
        assertThat(docs).contains("/api/v1/courses").contains("/api/v1/suggest").contains("/api/v1/courses/{id}");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void actuatorReportsHealth() {
        assertThat(get("/actuator/health", "application/json").body()).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness", "application/json").body()).contains("\"UP\"");
    }
}
