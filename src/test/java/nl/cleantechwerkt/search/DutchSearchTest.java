package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.geo.Distances;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What a person expects from the Dutch course search, asked through the JSON API over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutchSearchTest extends IntegrationTest {

    private static final String HEAT_PUMP_SKILL = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";

    @Autowired
    CourseRegistration registration;
    @Autowired
    Gazetteer gazetteer;

    long solarInstaller;
    long installationTechnology;
    long heatPump;
    long electrical;
    long pastOnly;
    long inUddel;
    long englishHeatPump;
    /** Queries that check which courses come back are scoped to this test's provider, so courses other tests add never push ours off the page. */
    String provider;

    @BeforeAll
    void publishCourses() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        provider = fixtures.provider("Testopleidingen Oost");
        solarInstaller = fixtures.course(provider, "Zonnepaneleninstallateur")
                .description("In drie dagen leer je zonnepanelen en omvormers veilig monteren op schuine daken.")
                .runIn("Deventer", 20).publish();
        installationTechnology = fixtures.course(provider, "Installatietechniek voor gevorderden")
                .description("Werken aan de technische installatie van woningen en utiliteitsgebouwen.")
                .level(Level.MBO_4).mode(CourseMode.BBL).runIn("Apeldoorn", 40).publish();
        heatPump = fixtures.course(provider, "Warmtepompmonteur basis")
                .description("Onderhoud en storingen van lucht-water systemen.")
                .skill(HEAT_PUMP_SKILL).runIn("Zutphen", 60).publish();
        electrical = fixtures.course(provider, "Elektrotechniek niveau 3")
                .description("Schakelingen, meten en veilig werken volgens NEN 3140.")
                .level(Level.MBO_3).mode(CourseMode.BOL).runIn("Epe", 90).publish();
        pastOnly = fixtures.course(provider, "Laadpaalinstallateur verleden")
                .description("Laadpalen aansluiten; deze cursus heeft alleen een startmoment in het verleden.")
                .runIn("Deventer", -30).publish();
        inUddel = fixtures.course(provider, "Dakdekker bitumen Uddel")
                .description("Platte daken bedekken met bitumen.")
                .runIn("Uddel", 30).publish();
        englishHeatPump = fixtures.course(provider, "Heat pump commissioning")
                .description("Commissioning and balancing heat pumps in homes.")
                .language("en").onlineRun(15).publish();
    }

    @Test
    void stemmingFindsInstallatieCoursesForInstalleren() {
        assertThat(ids("/api/v1/courses?q=installeren")).contains(installationTechnology);
    }

    @Test
    void compoundPartsAreFoundInsideCompounds() {
        assertThat(ids("/api/v1/courses?q=installateur")).contains(solarInstaller);
        assertThat(ids("/api/v1/courses?q=" + enc("zonne panelen"))).contains(solarInstaller);
        assertThat(ids("/api/v1/courses?q=zonnepanelen")).contains(solarInstaller);
        assertThat(ids("/api/v1/courses?q=techniek")).contains(installationTechnology, electrical);
    }

    @Test
    void englishSynonymsFindDutchCourses() {
        assertThat(ids("/api/v1/courses?q=" + enc("heat pump"))).contains(heatPump, englishHeatPump);
        assertThat(ids("/api/v1/courses?q=warmtepomp")).contains(heatPump, englishHeatPump);
    }

    @Test
    void skillLabelsMakeACourseFindableBeyondItsOwnText() {
        // The course text never says "installeren"; its ESCO skill "warmtepompen installeren" does.
        assertThat(ids("/api/v1/courses?q=" + enc("warmtepompen installeren"))).contains(heatPump);
    }

    @Test
    void typosAreTolerated() {
        assertThat(ids("/api/v1/courses?q=elektrotechnik")).contains(electrical);
        assertThat(ids("/api/v1/courses?q=zonnepanelne")).contains(solarInstaller);
    }

    @Test
    void prefixesFindWholeWords() {
        assertThat(ids("/api/v1/courses?q=warmtep")).contains(heatPump);
        assertThat(ids("/api/v1/courses?q=elektrot")).contains(electrical);
    }

    @Test
    void titleMatchesRankAboveDescriptionMatches() {
        List<Long> ids = ids("/api/v1/courses?q=elektrotechniek");
        assertThat(ids.get(0)).isEqualTo(electrical);
    }

    @Test
    void pastRunsAreNeverShownAsAvailable() {
        JsonNode past = item("/api/v1/courses?q=laadpaalinstallateur", pastOnly);
        assertThat(past.get("nextStart").isNull()).isTrue();
        assertThat(past.get("municipalities")).isEmpty();
        // Filters on place or time only consider upcoming runs.
        assertThat(ids("/api/v1/courses?q=laadpaalinstallateur&municipality=Deventer")).doesNotContain(pastOnly);
        assertThat(ids("/api/v1/courses?near=Deventer&radiusKm=5&size=100")).doesNotContain(pastOnly);
        // The course page lists no run.
        JsonNode detail = getJson("/api/v1/courses/" + pastOnly);
        assertThat(detail.get("offerings")).isEmpty();
    }

    @Test
    void coursesWithUpcomingRunsRankAboveCoursesWithout() {
        List<Long> ids = ids("/api/v1/courses?q=installateur&size=100");
        assertThat(ids).contains(pastOnly);
        assertThat(ids.indexOf(solarInstaller)).isLessThan(ids.indexOf(pastOnly));
    }

    @Test
    void distanceFilterKeepsCoursesWithinTheRadius() {
        Location zutphen = gazetteer.resolve("Zutphen").orElseThrow();
        Location uddel = gazetteer.place("Uddel").orElseThrow();
        double km = Distances.km(zutphen.latitude(), zutphen.longitude(), uddel.latitude(), uddel.longitude());
        assertThat(km).isBetween(28.0, 34.0);

        assertThat(ids("/api/v1/courses?q=dakdekker&near=Zutphen&radiusKm=25")).doesNotContain(inUddel);
        JsonNode within = item("/api/v1/courses?q=dakdekker&near=Zutphen&radiusKm=35", inUddel);
        assertThat(within.get("distanceKm").asDouble()).isCloseTo(km, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void postcodesAndPlacesWorkAsCentre() {
        assertThat(ids("/api/v1/courses?q=zonnepaneleninstallateur&near=7411&radiusKm=10")).contains(solarInstaller);
        assertThat(ids("/api/v1/courses?q=zonnepaneleninstallateur&near=Twello&radiusKm=15")).contains(solarInstaller);
        assertThat(ids("/api/v1/courses?q=zonnepaneleninstallateur&near=Hattem&radiusKm=10")).doesNotContain(solarInstaller);
    }

    @Test
    void onlineCoursesAreWithinEveryRadius() {
        assertThat(ids("/api/v1/courses?q=" + enc("heat pump") + "&near=Hattem&radiusKm=5")).contains(englishHeatPump);
    }

    @Test
    void sortByDistancePutsTheNearestFirst() {
        List<Long> ids = ids("/api/v1/courses?near=Uddel&sort=distance&size=100");
        assertThat(ids.get(0)).isEqualTo(inUddel);
        assertThat(ids.indexOf(electrical)).isGreaterThan(0);
        JsonNode all = getJson("/api/v1/courses?near=Uddel&sort=distance&size=50");
        double previous = -1;
        for (JsonNode item : all.get("items")) {
            if (item.get("distanceKm").isNull()) {
                continue;
            }
            assertThat(item.get("distanceKm").asDouble()).isGreaterThanOrEqualTo(previous);
            previous = item.get("distanceKm").asDouble();
        }
    }

    @Test
    void facetCountsEqualTheTotalsTheyLeadTo() {
        JsonNode all = getJson("/api/v1/courses?size=1");
        for (String facet : List.of("level", "mode", "municipality", "language", "start", "provider", "skill")) {
            for (JsonNode value : all.get("facets").get(facet)) {
                JsonNode filtered = getJson("/api/v1/courses?size=1&" + facet + "=" + enc(value.get("value").asString()));
                assertThat(filtered.get("total").asLong())
                        .as("%s=%s", facet, value.get("value").asString())
                        .isEqualTo(value.get("count").asLong());
            }
        }
    }

    @Test
    void facetCountsFollowTheOtherFilters() {
        JsonNode withText = getJson("/api/v1/courses?q=elektrotechniek&size=1");
        long sum = 0;
        for (JsonNode value : withText.get("facets").get("level")) {
            JsonNode filtered = getJson("/api/v1/courses?q=elektrotechniek&size=1&level=" + enc(value.get("value").asString()));
            assertThat(filtered.get("total").asLong()).isEqualTo(value.get("count").asLong());
            sum += value.get("count").asLong();
        }
        assertThat(sum).isEqualTo(withText.get("total").asLong());
    }

    @Test
    void aCommonWordDoesNotPullInItsTypoVariants() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String welders = fixtures.provider("Lasschool Typotest");
        List<Long> welding = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            welding.add(fixtures.course(welders, "Lassen module " + i).description("Lassen met MIG en MAG.").runIn("Deventer", 20)
                    .publish());
        }
        // "lessen" (lessons) is one edit from "lassen" (welding): with ten welding courses there is no typo to forgive.
        long lessons = fixtures.course(welders, "Metaal basis").description("Kleine lessen in de werkplaats.")
                .runIn("Deventer", 20).publish();
        JsonNode result = getJson("/api/v1/courses?q=lassen&size=100&provider=" + welders);
        List<Long> found = new ArrayList<>();
        result.get("items").forEach(i -> found.add(i.get("id").asLong()));
        assertThat(found).containsExactlyInAnyOrderElementsOf(welding).doesNotContain(lessons);
        assertThat(result.get("items").toString()).contains("<mark>Lassen</mark>").doesNotContainIgnoringCase("<mark>lessen</mark>");
        // A misspelling that finds too little as written is still forgiven.
        assertThat(getJson("/api/v1/courses?q=lasssen&size=100&provider=" + welders).get("total").asLong()).isEqualTo(10);
        // Filters do not decide it: a filter that leaves few welding courses still finds no lessons.
        long englishWelding = fixtures.course(welders, "Lassen in English").language("en").runIn("Deventer", 20).publish();
        long englishLessons = fixtures.course(welders, "Metal basics").description("Kleine lessen, Engelstalig.").language("en")
                .runIn("Deventer", 20).publish();
        JsonNode english = getJson("/api/v1/courses?q=lassen&size=100&language=en&provider=" + welders);
        List<Long> foundInEnglish = new ArrayList<>();
        english.get("items").forEach(i -> foundInEnglish.add(i.get("id").asLong()));
        assertThat(foundInEnglish).containsExactly(englishWelding).doesNotContain(englishLessons);
    }

    @Test
    void resultsCarryHighlightsAndPaging() {
        JsonNode result = getJson("/api/v1/courses?q=zonnepanelen&size=1&page=0");
        assertThat(result.get("size").asInt()).isEqualTo(1);
        assertThat(result.get("items")).hasSize(1);
        JsonNode highlights = result.get("items").get(0).get("highlights");
        assertThat(highlights.toString()).contains("<mark>");
    }

    @Test
    void emptyQueryListsEverything() {
        JsonNode result = getJson("/api/v1/courses?size=1");
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void unknownFilterValuesAreExplainedNotIgnored() {
        var response = get("/api/v1/courses?level=MBO-9", "application/json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"level\"").contains("MBO-9");
        assertThat(get("/api/v1/courses?near=Amsterdamm", "application/json").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/courses?startFrom=morgen", "application/json").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/courses?size=100000", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void suggestOffersCoursesSkillsAndPlaces() {
        JsonNode s = getJson("/api/v1/suggest?q=warmtep");
        assertThat(s.get("courses").toString()).contains("Warmtepompmonteur");
        assertThat(s.get("skills").toString()).contains("warmtepomp");
        JsonNode places = getJson("/api/v1/suggest?q=Twel");
        assertThat(places.get("places").toString()).contains("Twello");
    }

    @Test
    void misspelledSearchWithoutResultsSuggestsACorrection() {
        // Three typos: beyond what the search itself forgives, within what the suggestion repairs.
        JsonNode result = getJson("/api/v1/courses?q=elecktrottechnik");
        assertThat(result.get("total").asLong()).isZero();
        assertThat(result.get("suggestion").asString()).isEqualTo("elektrotechniek");
        JsonNode nonsense = getJson("/api/v1/courses?q=qqqxxyzzq");
        assertThat(nonsense.get("total").asLong()).isZero();
        assertThat(nonsense.get("suggestion").isNull()).isTrue();
    }

    private String scoped(String url) {
        return url + (url.contains("?") ? "&" : "?") + "provider=" + provider;
    }

    private List<Long> ids(String url) {
        List<Long> ids = new ArrayList<>();
        getJson(scoped(url)).get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private JsonNode item(String url, long id) {
        for (JsonNode i : getJson(scoped(url + (url.contains("size=") ? "" : "&size=100"))).get("items")) {
            if (i.get("id").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError("Course " + id + " not found by " + url);
    }
}
