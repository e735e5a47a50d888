package nl.cleantechwerkt.matching;

import static nl.cleantechwerkt.matching.HeatPumpFixture.BASIC_ELECTRICAL;
import static nl.cleantechwerkt.matching.HeatPumpFixture.ELECTRICITY;
import static nl.cleantechwerkt.matching.HeatPumpFixture.INSTALL_HEAT_PUMP;
import static nl.cleantechwerkt.matching.HeatPumpFixture.NEAR;
import static nl.cleantechwerkt.matching.HeatPumpFixture.OCCUPATION;
import static nl.cleantechwerkt.matching.HeatPumpFixture.RADIUS_KM;
import static nl.cleantechwerkt.matching.HeatPumpFixture.REFRIGERANTS;
import static nl.cleantechwerkt.matching.HeatPumpFixture.REFRIGERANT_PUMPS;
import static nl.cleantechwerkt.matching.HeatPumpFixture.TEST_TIGHTNESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Matching against a real index: someone with basic electrical skills who wants to install heat
 * pumps, near Deventer. Other test classes publish courses into the same index, so assertions
 * about order look at this class's own provider.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseMatchingTest extends IntegrationTest {

    @Autowired
    CourseRegistration registration;
    @Autowired
    CourseMatcher matcher;
    @Autowired
    MatchSearch matchSearch;
    @Autowired
    SkillWeights skillWeights;
    @Autowired
    PlatformTransactionManager transactions;

    HeatPumpFixture courses;

    @BeforeAll
    void publishCourses() {
        courses = new HeatPumpFixture(registration, "Matching Testschool");
    }

    private MatchRequest heatPumpInstallerNearDeventer() {
        return MatchRequest.forOccupation(OCCUPATION, BASIC_ELECTRICAL).near(NEAR, RADIUS_KM).level(Level.MBO_2).size(50);
    }

    @Test
    void theGapIsTheOccupationsSkillsThePersonLacks() {
        SkillGap gap = matcher.match(heatPumpInstallerNearDeventer()).gap();
        assertThat(gap.essentialHave()).containsExactlyInAnyOrderElementsOf(BASIC_ELECTRICAL);
        assertThat(gap.essentialMissing()).contains(INSTALL_HEAT_PUMP, REFRIGERANTS, TEST_TIGHTNESS, REFRIGERANT_PUMPS)
                .doesNotContainAnyElementsOf(BASIC_ELECTRICAL).hasSize(34 - BASIC_ELECTRICAL.size());
        assertThat(gap.optionalMissing()).hasSize(7);
        assertThat(matcher.gap(heatPumpInstallerNearDeventer())).isEqualTo(gap);
    }

    @Test
    void heatPumpCoursesInReachComeFirstThenTheGenericOne() {
        List<CourseMatch> items = matcher.match(heatPumpInstallerNearDeventer()).items();
        assertThat(items.get(0).explanation().covers()).as("the best match overall is a heat pump course").contains(INSTALL_HEAT_PUMP);
        assertThat(ours(items)).containsExactly(courses.heatPumpZutphen, courses.heatPumpOnline, courses.measuringDeventer);
    }

    @Test
    void theExplanationListsTheCoveredAndMissingSkills() {
        CourseMatch zutphen = find(matcher.match(heatPumpInstallerNearDeventer()).items(), courses.heatPumpZutphen);
        MatchExplanation e = zutphen.explanation();
        assertThat(e.covers()).containsExactlyInAnyOrder(INSTALL_HEAT_PUMP, REFRIGERANTS, TEST_TIGHTNESS, REFRIGERANT_PUMPS)
                .as("a skill the person has is not 'covered'").doesNotContain(ELECTRICITY);
        assertThat(e.essentialCovers()).isEqualTo(4);
        assertThat(e.missing()).hasSize(29 + 7 - 4).doesNotContainAnyElementsOf(e.covers()).doesNotContainAnyElementsOf(BASIC_ELECTRICAL);
        assertThat(e.place()).isEqualTo("Zutphen");
        assertThat(e.from()).isEqualTo("Deventer");
        assertThat(e.distanceKm()).isBetween(12.0, 14.5);
        assertThat(e.nextStart()).as("the run in Deventer has started; the one in Zutphen is explained")
                .isEqualTo(LocalDate.now().plusDays(30));
        assertThat(e.priceEur()).isEqualByComparingTo("450");
        assertThat(e.score()).isEqualTo(e.coverage() * e.proximity() * e.startSoon());
    }

    @Test
    void coursesOutsideTheRadiusAlreadyStartedOrTeachingNothingMissingNeverAppear() {
        List<Long> ids = matcher.match(heatPumpInstallerNearDeventer()).items().stream().map(CourseMatch::courseId).toList();
        assertThat(ids).doesNotContainAnyElementsOf(courses.outOfReach());
        List<Long> anywhere = matcher.match(MatchRequest.forOccupation(OCCUPATION, BASIC_ELECTRICAL).size(50)).items().stream()
                .map(CourseMatch::courseId).toList();
        assertThat(anywhere).as("without a place, distance does not filter").contains(courses.heatPumpHattem)
                .doesNotContain(courses.heatPumpStarted, courses.electricalOnly);
    }

    @Test
    void onlyCoursesInAModeThePersonCanFollowAppear() {
        assertThat(ours(matcher.match(heatPumpInstallerNearDeventer().modes(Set.of(CourseMode.FULLTIME, CourseMode.BOL))).items()))
                .as("all of this school's courses are part-time").isEmpty();
        assertThat(ours(matcher.match(heatPumpInstallerNearDeventer().modes(Set.of(CourseMode.PARTTIME, CourseMode.ONLINE))).items()))
                .containsExactly(courses.heatPumpZutphen, courses.heatPumpOnline, courses.measuringDeventer);
    }

    @Test
    void aCourseAboveThePersonsLevelIsLeftOutAndComesBackWithoutALevel() {
        assertThat(ids(matcher.match(heatPumpInstallerNearDeventer()).items())).doesNotContain(courses.advancedHeatPumpDeventer);
        List<CourseMatch> noLevel = matcher.match(heatPumpInstallerNearDeventer().level(null)).items();
        assertThat(ours(noLevel)).startsWith(courses.advancedHeatPumpDeventer);
        List<CourseMatch> mbo4 = matcher.match(heatPumpInstallerNearDeventer().level(Level.MBO_4)).items();
        assertThat(ids(mbo4)).contains(courses.advancedHeatPumpDeventer);
    }

    @Test
    void theIndexRanksByTheSameWeightsTheExplanationShows() {
        WeightedGap gap = MatchScoring.weigh(matcher.match(heatPumpInstallerNearDeventer()).gap(), skillWeights::rarity);
        RunConditions anywhere = new RunConditions(LocalDate.now(), null, null, 25, Set.of(), null);
        List<Candidate> candidates = new TransactionTemplate(transactions).execute(s -> matchSearch.find(gap, anywhere, null, 0, 500))
                .candidates();
        assertThat(candidates).isNotEmpty();
        for (Candidate c : candidates) {
            MatchScoring.score(gap, c, anywhere).ifPresent(m ->
                    assertThat(c.indexScore()).as(c.title()).isCloseTo(m.explanation().coveredWeight(), within(1e-4)));
        }
    }

    @Test
    void equalInputGivesTheSameList() {
        assertThat(matcher.match(heatPumpInstallerNearDeventer())).isEqualTo(matcher.match(heatPumpInstallerNearDeventer()));
    }

    @Test
    void askingForFewerReturnsTheTopOfTheLongerList() {
        List<CourseMatch> all = matcher.match(heatPumpInstallerNearDeventer()).items();
        assertThat(matcher.match(heatPumpInstallerNearDeventer().size(2)).items()).isEqualTo(all.subList(0, 2));
    }

    @Test
    void havingEverySkillLeavesNothingToMatch() {
        MatchResult result = matcher.match(heatPumpInstallerNearDeventer());
        List<String> everything = new ArrayList<>(result.gap().essentialHave());
        everything.addAll(result.gap().essentialMissing());
        everything.addAll(result.gap().optionalMissing());
        MatchResult complete = matcher.match(MatchRequest.forOccupation(OCCUPATION, everything));
        assertThat(complete.gap().closed()).isTrue();
        assertThat(complete.items()).isEmpty();
    }

    @Test
    void unknownOccupationSkillOrPlaceIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> matcher.match(MatchRequest.forOccupation("http://data.europa.eu/esco/occupation/nope", List.of())))
                .isInstanceOf(InvalidRequestException.class).hasFieldOrPropertyWithValue("field", "occupation");
        assertThatThrownBy(() -> matcher.match(MatchRequest.forOccupation(OCCUPATION, List.of("kan alles"))))
                .isInstanceOf(InvalidRequestException.class).hasFieldOrPropertyWithValue("field", "skills");
        assertThatThrownBy(() -> matcher.match(heatPumpInstallerNearDeventer().near("Atlantis", null)))
                .isInstanceOf(InvalidRequestException.class).hasFieldOrPropertyWithValue("field", "near");
    }

    // --- the JSON API ---

    @Test
    void apiReturnsTheGapAndRankedExplainedCourses() {
        HttpResponse<String> response = postJson("/api/v1/match/courses", """
                {"occupation": "%s", "skills": %s, "near": "Deventer", "radiusKm": 15, "level": "MBO-2", "size": 50}
                """.formatted(OCCUPATION, json(BASIC_ELECTRICAL)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(texts(body.get("gap").get("essential"))).contains(INSTALL_HEAT_PUMP).doesNotContain(ELECTRICITY);
        assertThat(body.get("gap").get("optional")).hasSize(7);
        JsonNode first = ourItems(body).get(0);
        assertThat(first.get("title").asString()).isEqualTo("Warmtepompen installeren en in bedrijf stellen");
        assertThat(first.get("providerCode").asString()).isEqualTo(courses.provider);
        assertThat(first.get("courseCode").asString()).isNotBlank();
        assertThat(texts(first.get("covers"))).containsExactlyInAnyOrder(INSTALL_HEAT_PUMP, REFRIGERANTS, TEST_TIGHTNESS,
                REFRIGERANT_PUMPS);
        assertThat(first.get("missing")).hasSize(32);
        assertThat(first.get("distanceKm").asDouble()).isBetween(12.0, 14.5);
        assertThat(first.get("nextStart").asString()).isEqualTo(LocalDate.now().plusDays(30).toString());
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("reason").asString()).startsWith("Leert je 4 van de 36 vaardigheden die je mist, waaronder ")
                .contains("In Zutphen, 13,").contains("km van Deventer.").contains("Start over 30 dagen");
        List<Long> ids = new ArrayList<>();
        body.get("items").forEach(item -> ids.add(item.get("courseId").asLong()));
        assertThat(ids).doesNotContainAnyElementsOf(courses.outOfReach());
    }

    @Test
    void apiSpeaksEnglishOnRequestAndAcceptsTargetSkillsWithoutAnOccupation() {
        HttpResponse<String> response = postJson("/api/v1/match/courses?lang=en", """
                {"targetSkills": ["%s"], "near": "7411", "radiusKm": 15}
                """.formatted(INSTALL_HEAT_PUMP));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(texts(body.get("gap").get("essential"))).containsExactly(INSTALL_HEAT_PUMP);
        assertThat(body.get("gap").get("optional")).isEmpty();
        JsonNode first = ourItems(body).get(0);
        assertThat(first.get("reason").asString()).startsWith("Teaches you 1 of the 1 skills you miss: install heat pump.");
    }

    @Test
    void apiAnswersBadInputWithAProblemNamingTheField() {
        assertProblem(postJson("/api/v1/match/courses", "{\"occupation\": \"http://data.europa.eu/esco/occupation/nope\"}"),
                "occupation");
        assertProblem(postJson("/api/v1/match/courses", "{\"skills\": [\"%s\"]}".formatted(ELECTRICITY)), "occupation");
        assertProblem(postJson("/api/v1/match/courses", "{\"occupation\": \"%s\", \"near\": \"Atlantis\"}".formatted(OCCUPATION)),
                "near");
        assertProblem(postJson("/api/v1/match/courses", "{\"occupation\": \"%s\", \"level\": \"PHD\"}".formatted(OCCUPATION)),
                "level");
        assertProblem(postJson("/api/v1/match/courses", "{\"occupation\": \"%s\", \"size\": 500}".formatted(OCCUPATION)), "size");
        assertProblem(postJson("/api/v1/match/courses", "{\"occupation\": \"%s\", \"radiusKm\": -3}".formatted(OCCUPATION)),
                "radiusKm");
        assertThat(postJson("/api/v1/match/courses", "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void apiGivesTheSameAnswerTwice() {
        String request = "{\"occupation\": \"%s\", \"skills\": %s, \"near\": \"Deventer\"}".formatted(OCCUPATION, json(BASIC_ELECTRICAL));
        assertThat(postJson("/api/v1/match/courses", request).body()).isEqualTo(postJson("/api/v1/match/courses", request).body());
    }

    private void assertProblem(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo(field);
    }

    private List<JsonNode> ourItems(JsonNode body) {
        List<JsonNode> ours = new ArrayList<>();
        body.get("items").forEach(item -> {
            if (item.get("providerCode").asString().equals(courses.provider)) {
                ours.add(item);
            }
        });
        return ours;
    }

    private List<Long> ours(List<CourseMatch> items) {
        return items.stream().filter(m -> m.providerCode().equals(courses.provider)).map(CourseMatch::courseId).toList();
    }

    private static List<Long> ids(List<CourseMatch> items) {
        return items.stream().map(CourseMatch::courseId).toList();
    }

    private static CourseMatch find(List<CourseMatch> items, long id) {
        return items.stream().filter(m -> m.courseId() == id).findFirst().orElseThrow(() -> new AssertionError("course " + id));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
