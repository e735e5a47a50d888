package nl.cleantechwerkt.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.alerts.AlertFixtures.Person;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The saved-search pages over real HTTP: save from the results, list, re-run, alerts off, delete; only one's own. */
class SavedSearchPagesTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    SavedSearches saved;
    @Autowired
    CourseRegistration registration;

    @Test
    void aLearnerSavesListsRerunsSwitchesOffAndDeletesASearch() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        fixtures.course(fixtures.provider("Pagina School"), "Kliederwerk zonnepanelen").runIn("Deventer", 20).publish();
        Person learner = AlertFixtures.learner(accounts, port);

        String results = learner.session().get("/zoeken?q=kliederwerk&level=COURSE&page=0").body();
        assertThat(results).contains("Bewaar deze zoekopdracht").contains("value=\"q=kliederwerk&amp;level=COURSE\"");

        long id = AlertFixtures.saveSearch(learner, "q=kliederwerk&level=COURSE", "Kliederwerk", saved);
        assertThat(AlertFixtures.saveSearch(learner, "q=kliederwerk&level=COURSE", "Kliederwerk", saved))
                .as("the same search saved twice is one item").isEqualTo(id);
        String list = learner.session().get("/profiel/zoekopdrachten").body();
        assertThat(list).contains("Kliederwerk").contains("Zoekopdracht").contains("meldingen aan")
                .contains("/profiel/zoekopdrachten/" + id);

        HttpResponse<String> rerun = learner.session().get("/profiel/zoekopdrachten/" + id);
        assertThat(rerun.statusCode()).isEqualTo(302);
        assertThat(rerun.headers().firstValue("Location").orElseThrow()).endsWith("/zoeken?q=kliederwerk&level=COURSE");

        HttpResponse<String> off = learner.session().submit("/profiel/zoekopdrachten",
                "/profiel/zoekopdrachten/" + id + "/meldingen", Map.of("alerts", "off"));
        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(saved.saved(learner.userId(), id).alertsEnabled()).isFalse();
        assertThat(learner.session().get("/profiel/zoekopdrachten").body()).contains("meldingen uit");

        HttpResponse<String> deleted = learner.session().submit("/profiel/zoekopdrachten",
                "/profiel/zoekopdrachten/" + id + "/verwijderen", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(saved.savedBy(learner.userId())).isEmpty();
        assertThat(learner.session().get("/profiel/zoekopdrachten").body()).contains("Je hebt nog niets bewaard");
    }

    @Test
    void anotherLearnersSavedSearchIsNotFound() {
        Person owner = AlertFixtures.learner(accounts, port);
        Person other = AlertFixtures.learner(accounts, port);
        long id = AlertFixtures.saveSearch(owner, "q=privezoek", "Van mij", saved);

        assertThat(other.session().get("/profiel/zoekopdrachten/" + id).statusCode()).isEqualTo(404);
        assertThat(other.session().submit("/profiel/zoekopdrachten", "/profiel/zoekopdrachten/" + id + "/verwijderen",
                Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.session().submit("/profiel/zoekopdrachten", "/profiel/zoekopdrachten/" + id + "/meldingen",
                Map.of("alerts", "off")).statusCode()).isEqualTo(404);
        assertThat(other.session().get("/profiel/zoekopdrachten").body()).doesNotContain("Van mij");
        assertThat(saved.saved(owner.userId(), id).alertsEnabled()).isTrue();
    }

    @Test
    void anonymousVisitorsAreAskedToLogInAndAnInvalidSearchIsNotSaved() {
        String results = new WebSession(port).get("/zoeken?q=kliederwerk").body();
        assertThat(results).doesNotContain("action=\"/profiel/zoekopdrachten\"").contains("Bewaar deze zoekopdracht na het inloggen")
                .contains("href=\"/inloggen\"");

        Person learner = AlertFixtures.learner(accounts, port);
        HttpResponse<String> invalid = learner.session().submit("/zoeken?q=x", "/profiel/zoekopdrachten",
                Map.of("query", "q=x&level=NOPE", "name", "Fout"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(saved.savedBy(learner.userId())).isEmpty();
    }
}
