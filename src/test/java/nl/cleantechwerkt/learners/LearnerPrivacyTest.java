package nl.cleantechwerkt.learners;

import static nl.cleantechwerkt.learners.LearnerFixtures.FORM_PAGE;
import static nl.cleantechwerkt.learners.LearnerFixtures.HEATING_FITTER;
import static nl.cleantechwerkt.learners.LearnerFixtures.HEAT_PUMP_SKILL;
import static nl.cleantechwerkt.learners.LearnerFixtures.PASSWORD;
import static nl.cleantechwerkt.learners.LearnerFixtures.SAVE;
import static nl.cleantechwerkt.learners.LearnerFixtures.newLearner;
import static nl.cleantechwerkt.learners.LearnerFixtures.validProfile;
import static nl.cleantechwerkt.learners.LearnerFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.learners.LearnerFixtures.Learner;
import nl.cleantechwerkt.search.IndexRebuilds;
import nl.cleantechwerkt.search.SearchIndexMaintenance;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.WebSession;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Private by default, visible to employers only with consent and only without a name; consent,
 * export and erasure take effect in the index at once; no one else reaches a learner's profile.
 */
class LearnerPrivacyTest extends IntegrationTest {

    private static final double DEVENTER_LAT = 52.2549;
    private static final double DEVENTER_LON = 6.1636;
    private static final double LOCHEM_LAT = 52.1579;
    private static final double LOCHEM_LON = 6.4104;

    @Autowired
    Accounts accounts;
    @Autowired
    LearnerProfiles profiles;
    @Autowired
    CourseRegistration registration;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    SearchIndexMaintenance indexMaintenance;
    @Autowired
    IndexRebuilds rebuilds;

    private Learner learnerWithProfile() {
        Learner learner = newLearner(accounts, port);
        assertThat(learner.session().submit(FORM_PAGE, SAVE, validProfile()).statusCode()).isEqualTo(302);
        return learner;
    }

    private static HttpResponse<String> consent(Learner learner, boolean consent) {
        return learner.session().submit("/profiel", "/profiel/toestemming", Map.of("consent", String.valueOf(consent)));
    }

    private long profileId(Learner learner) {
        return profiles.ownProfile(learner.userId()).orElseThrow().profileId();
    }

    /** Straight from the index, past every service: is there a document for this profile? */
    private boolean inIndex(long profileId) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            return session.search(session.scope(Object.class, LearnerIndex.ENTITY))
                    .where(f -> f.id().matching(profileId)).fetchTotalHitCount() > 0;
        }
    }

    private List<Long> candidatesWithHeatPumps() {
        return profiles.consentingCandidates(CandidateQuery.withSkills(List.of(HEAT_PUMP_SKILL), CandidateQuery.MAX_LIMIT))
                .stream().map(CandidateView::profileId).toList();
    }

    @Test
    void consentPutsTheProfileInTheIndexAndRevokingTakesItOutAtOnce() {
        Learner learner = learnerWithProfile();
        long id = profileId(learner);
        assertThat(inIndex(id)).as("private by default").isFalse();
        assertThat(candidatesWithHeatPumps()).doesNotContain(id);

        HttpResponse<String> given = consent(learner, true);
        assertThat(given.headers().firstValue("Location").orElseThrow()).endsWith("/profiel?toestemming=gegeven");
        assertThat(inIndex(id)).isTrue();
        assertThat(candidatesWithHeatPumps()).contains(id);
        assertThat(learner.session().get("/profiel").body()).contains("Werkgevers kunnen je profiel zonder je naam vinden, sinds")
                .contains("Toestemming intrekken");

        // Saving the profile again keeps the consent and the document, with the new values.
        learner.session().submit(FORM_PAGE, SAVE, with(validProfile(), "skills[0].level", "BASIC"));
        assertThat(profiles.ownProfile(learner.userId()).orElseThrow().consent()).isTrue();
        assertThat(candidatesWithHeatPumps()).contains(id);

        consent(learner, false);
        assertThat(inIndex(id)).as("gone from the index when the request returns").isFalse();
        assertThat(candidatesWithHeatPumps()).doesNotContain(id);
        LearnerProfileView revoked = profiles.ownProfile(learner.userId()).orElseThrow();
        assertThat(revoked.consent()).isFalse();
        assertThat(revoked.consentedAt()).isNotNull();
        assertThat(revoked.consentRevokedAt()).isNotNull();
    }

    @Test
    void anEmptiedIndexIsRebuiltWithTheConsentingProfilesOnly() throws Exception {
        Learner consenting = learnerWithProfile();
        Learner silent = learnerWithProfile();
        consent(consenting, true);

        Search.mapping(entityManagerFactory).scope(Object.class, LearnerIndex.ENTITY).workspace().purge();
        // OpenSearch shows deletions after a refresh; on Lucene this is a no-op.
        Search.mapping(entityManagerFactory).scope(Object.class, LearnerIndex.ENTITY).workspace().refresh();
        assertThat(inIndex(profileId(consenting))).isFalse();

        indexMaintenance.run(null);
        assertThat(inIndex(profileId(consenting))).isTrue();
        assertThat(inIndex(profileId(silent))).isFalse();
        // Through IndexRebuilds, like the course index: logged, on the admin page, one rebuild at a time.
        assertThat(rebuilds.lastFinished()).hasValueSatisfying(last -> {
            assertThat(last.types()).containsExactly(LearnerIndex.ENTITY);
            assertThat(last.failed()).isFalse();
        });
    }

    @Test
    void employersSeeOnlyConsentingLearnersAndNoNames() {
        Learner consenting = learnerWithProfile();
        Learner silent = learnerWithProfile();
        consent(consenting, true);

        List<CandidateView> found = profiles.consentingCandidates(
                CandidateQuery.withSkills(List.of(HEAT_PUMP_SKILL), CandidateQuery.MAX_LIMIT));
        assertThat(found).extracting(CandidateView::profileId).contains(profileId(consenting)).doesNotContain(profileId(silent));
        CandidateView candidate = found.stream().filter(c -> c.profileId() == profileId(consenting)).findFirst().orElseThrow();
        assertThat(candidate.municipalityCode()).isEqualTo("GM0285");
        assertThat(candidate.skills()).containsExactly(new ProfileSkill(HEAT_PUMP_SKILL, SkillLevel.GOOD, Evidence.CERTIFICATE));
        assertThat(candidate.targetOccupations()).containsExactly(HEATING_FITTER);
        assertThat(candidate.toString()).doesNotContain(consenting.name()).doesNotContain(consenting.email())
                .doesNotContain("Twello").doesNotContain("1500");
        assertThat(Arrays.stream(CandidateView.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("userId", "email", "displayName", "name", "place", "latitude", "longitude", "budgetEur");

        // Twello lies within 15 km of Deventer, not within 10 km of Lochem.
        assertThat(profiles.consentingCandidates(CandidateQuery.withSkills(List.of(HEAT_PUMP_SKILL), 100)
                .near(DEVENTER_LAT, DEVENTER_LON, 15))).extracting(CandidateView::profileId).contains(profileId(consenting));
        assertThat(profiles.consentingCandidates(CandidateQuery.withSkills(List.of(HEAT_PUMP_SKILL), 100)
                .near(LOCHEM_LAT, LOCHEM_LON, 10))).extracting(CandidateView::profileId).doesNotContain(profileId(consenting));
        // A skill they do not have finds nobody of the two.
        assertThat(profiles.consentingCandidates(CandidateQuery.withSkills(List.of("http://data.europa.eu/esco/skill/onbekend"),
                100))).extracting(CandidateView::profileId).doesNotContain(profileId(consenting), profileId(silent));
    }

    @Test
    void theExportHoldsEverythingKeptAboutTheLearner() {
        Learner learner = learnerWithProfile();
        consent(learner, true);
        HttpResponse<String> response = learner.session().get("/profiel/export.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("cleantech-werkt-gegevens.json");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        JsonNode json = JSON.readTree(response.body());
        assertThat(json.at("/account/email").asString()).isEqualTo(learner.email());
        assertThat(json.at("/account/displayName").asString()).isEqualTo(learner.name());
        JsonNode p = json.get("profile");
        assertThat(p.get("status").asString()).isEqualTo("JOB_SEEKER");
        assertThat(p.get("educationLevel").asString()).isEqualTo("MBO-3");
        assertThat(p.get("place").asString()).isEqualTo("Twello");
        assertThat(p.get("municipality").asString()).isEqualTo("Voorst");
        assertThat(p.get("radiusKm").asInt()).isEqualTo(30);
        assertThat(p.get("budgetEur").asInt()).isEqualTo(1500);
        assertThat(p.get("availability").toString()).isEqualTo("[\"EVENING\",\"WEEKEND\"]");
        assertThat(p.get("preferredModes").toString()).isEqualTo("[\"BBL\",\"ONLINE\"]");
        assertThat(p.at("/skills/0/uri").asString()).isEqualTo(HEAT_PUMP_SKILL);
        assertThat(p.at("/skills/0/labelNl").asString()).isEqualTo("warmtepompen installeren");
        assertThat(p.at("/skills/0/level").asString()).isEqualTo("GOOD");
        assertThat(p.at("/skills/0/evidence").asString()).isEqualTo("CERTIFICATE");
        assertThat(p.at("/targetOccupations/0/labelNl").asString()).isEqualTo("verwarmingsmonteur");
        assertThat(p.at("/consent/given").asBoolean()).isTrue();
        assertThat(p.at("/consent/givenAt").asString()).isNotBlank();

        JsonNode empty = JSON.readTree(newLearner(accounts, port).session().get("/profiel/export.json").body());
        assertThat(empty.get("profile").isNull()).isTrue();
    }

    @Test
    void erasingRemovesProfileAccountAndIndexEntryAndLogsOut() {
        Learner learner = learnerWithProfile();
        consent(learner, true);
        long id = profileId(learner);
        assertThat(inIndex(id)).isTrue();

        HttpResponse<String> unconfirmed = learner.session().submit("/profiel", "/profiel/verwijderen", Map.of());
        assertThat(unconfirmed.headers().firstValue("Location").orElseThrow()).contains("/profiel?nietBevestigd");
        assertThat(learner.session().get("/profiel?nietBevestigd").body()).contains("Vink aan dat je je profiel en account echt wilt verwijderen.");
        assertThat(profiles.ownProfile(learner.userId())).isPresent();

        HttpResponse<String> erased = learner.session().submit("/profiel", "/profiel/verwijderen", Map.of("confirm", "true"));
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(erased.body()).contains("Je gegevens zijn verwijderd").doesNotContain("Uitloggen");

        assertThat(profiles.ownProfile(learner.userId())).isEmpty();
        assertThat(accounts.find(learner.email())).isEmpty();
        assertThat(inIndex(id)).isFalse();
        assertThat(candidatesWithHeatPumps()).doesNotContain(id);
        assertThat(learner.session().get("/profiel").statusCode()).as("logged out").isEqualTo(302);
        assertThat(new WebSession(port).login(learner.email(), PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/inloggen?error");
    }

    @Test
    void anotherLearnerNeitherSeesNorChangesTheProfile() {
        Learner owner = learnerWithProfile();
        consent(owner, true);
        Learner other = newLearner(accounts, port);

        assertThat(other.session().get("/profiel").body()).contains("Je hebt nog geen profiel.").doesNotContain("Twello");
        assertThat(other.session().get(FORM_PAGE).body()).doesNotContain("value=\"Twello\"").doesNotContain(HEAT_PUMP_SKILL);
        assertThat(JSON.readTree(other.session().get("/profiel/export.json").body()).get("profile").isNull()).isTrue();

        // Whatever the other learner posts acts on their own account only.
        other.session().submit(FORM_PAGE, SAVE, with(validProfile(), "place", "Lochem"));
        other.session().submit("/profiel", "/profiel/toestemming", Map.of("consent", "false"));
        LearnerProfileView ownerProfile = profiles.ownProfile(owner.userId()).orElseThrow();
        assertThat(ownerProfile.place()).isEqualTo("Twello");
        assertThat(ownerProfile.consent()).isTrue();
        assertThat(profiles.ownProfile(other.userId()).orElseThrow().place()).isEqualTo("Lochem");
    }

    @Test
    void employersSchoolsAndAdminsAreRefusedAndVisitorsSentToLogIn() {
        String provider = new CourseFixtures(registration).provider("Profiel School");
        for (WebSession session : List.of(LearnerFixtures.loggedIn(accounts, port, Role.EMPLOYER, null),
                LearnerFixtures.loggedIn(accounts, port, Role.SCHOOL, provider))) {
            assertThat(session.get("/profiel").statusCode()).isEqualTo(403);
            assertThat(session.get("/profiel/export.json").statusCode()).isEqualTo(403);
            assertThat(session.submit("/account", SAVE, validProfile()).statusCode()).isEqualTo(403);
            assertThat(session.get("/account").body()).doesNotContain("href=\"/profiel\"");
        }
        HttpResponse<String> anonymous = new WebSession(port).get("/profiel");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen");
    }
}
