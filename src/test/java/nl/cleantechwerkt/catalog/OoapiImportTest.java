package nl.cleantechwerkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.SchoolLogins;
import nl.cleantechwerkt.support.SchoolLogins.School;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * OOAPI v5 JSON import: the three page shapes a school's OOAPI endpoint gives map onto courses
 * and runs that are searchable at once; a file with problems imports nothing and names each
 * problem by JSON path.
 */
@Tag("db")
class OoapiImportTest extends IntegrationTest {

    private static final String HEAT_PUMP_SKILL = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";

    @Autowired
    CourseImport courseImport;
    @Autowired
    CourseRegistration registration;
    @Autowired
    Accounts accounts;

    private static byte[] fixture(String name) {
        try (InputStream in = OoapiImportTest.class.getResourceAsStream("/ooapi/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport importJson(String provider, byte[] content) {
        return courseImport.importFile(provider, "test", ImportFormat.OOAPI, "ooapi.json", content, false, false);
    }

    private JsonNode course(String provider, String query) {
        JsonNode hits = getJson("/api/v1/courses?provider=" + provider + "&q=" + query);
        assertThat(hits.get("total").asLong()).as(query).isEqualTo(1);
        return getJson("/api/v1/courses/" + hits.get("items").get(0).get("id").asLong());
    }

    @Test
    void aCoursesPageWithItsOfferingsBecomesSearchableCourses() {
        String provider = new CourseFixtures(registration).provider("OOAPI College");
        ImportReport report = importJson(provider, fixture("courses-page.json"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.offerings()).isEqualTo(4);
        assertThat(report.rows()).isEqualTo(3 + 4);

        JsonNode heatPump = course(provider, "ooapitest+warmtepompen");
        assertThat(heatPump.get("courseCode").asString()).isEqualTo("OO-WP-101");
        assertThat(heatPump.get("title").asString()).isEqualTo("Ooapitest warmtepompen installeren");
        assertThat(heatPump.get("level").asString()).isEqualTo("MBO-3");
        assertThat(heatPump.get("mode").asString()).isEqualTo("PARTTIME");
        assertThat(heatPump.get("language").asString()).isEqualTo("nl");
        assertThat(heatPump.get("hours").asInt()).isEqualTo(40);
        assertThat(heatPump.get("url").asString()).isEqualTo("https://www.voorbeeld.nl/ooapi/warmtepompen");
        assertThat(heatPump.get("learningOutcomes")).hasSize(2);
        assertThat(heatPump.get("skills").valueStream().map(s -> s.get("uri").asString()).toList()).contains(HEAT_PUMP_SKILL)
                .hasSize(2);
        JsonNode deventer = heatPump.get("offerings").get(0);
        assertThat(deventer.get("startDate").asString()).isEqualTo("2031-09-01");
        assertThat(deventer.get("endDate").asString()).isEqualTo("2031-10-15");
        assertThat(deventer.get("enrolmentDeadline").asString()).isEqualTo("2031-08-15");
        assertThat(deventer.get("municipality").asString()).isEqualTo("Deventer");
        assertThat(deventer.get("seats").asInt()).isEqualTo(16);
        assertThat(deventer.get("schedule").asString()).isEqualTo("EVENING");
        assertThat(deventer.get("priceEur").decimalValue()).isEqualByComparingTo(new BigDecimal("1295.50"));
        JsonNode epe = heatPump.get("offerings").get(1);
        assertThat(epe.get("place").asString()).isEqualTo("Epe");
        assertThat(epe.get("municipality").asString()).isEqualTo("Epe");

        JsonNode online = course(provider, "ooapitest+zonnestroom");
        assertThat(online.get("level").asString()).isEqualTo("BACHELOR");
        assertThat(online.get("mode").asString()).isEqualTo("ONLINE");
        assertThat(online.get("language").asString()).isEqualTo("en");
        assertThat(online.get("ects").asInt()).isEqualTo(5);
        assertThat(online.get("hours").asInt()).isEqualTo(140);
        assertThat(online.get("offerings").get(0).get("online").asBoolean()).isTrue();
        assertThat(online.get("offerings").get(0).get("startDate").asString()).isEqualTo("2031-11-03");

        JsonNode outside = course(provider, "ooapitest+lassen");
        assertThat(outside.get("level").asString()).isEqualTo("COURSE");
        assertThat(outside.get("offerings").get(0).get("municipality").asString()).isEqualTo("Amsterdam");
        assertThat(getJson("/api/v1/courses?q=ooapitest+lassen&near=Amsterdam&radiusKm=5").get("total").asLong()).isEqualTo(1);
        assertThat(getJson("/api/v1/courses?q=ooapitest+lassen&near=Epe&radiusKm=50").get("total").asLong()).isZero();

        ImportReport again = importJson(provider, fixture("courses-page.json"));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(3);
        assertThat(getJson("/api/v1/courses?provider=" + provider).get("total").asLong()).isEqualTo(3);
    }

    @Test
    void programsAndASeparateOfferingsPageAreLinkedByTheirIds() {
        String provider = new CourseFixtures(registration).provider("OOAPI Programma's");
        ImportReport report = importJson(provider, fixture("programs-with-offerings.json"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.offerings()).isEqualTo(2);
        JsonNode program = course(provider, "ooapiprogramma");
        assertThat(program.get("courseCode").asString()).isEqualTo("25655");
        assertThat(program.get("level").asString()).isEqualTo("MBO-4");
        assertThat(program.get("mode").asString()).isEqualTo("BBL");
        assertThat(program.get("qualificationCode").asString()).isEqualTo("25655");
        assertThat(program.get("offerings").valueStream().map(o -> o.get("municipality").asString()).toList())
                .containsExactly("Zutphen", "Zutphen");
    }

    @Test
    void anOfferingsPageWithExpandedCoursesFormsOneCoursePerCode() {
        String provider = new CourseFixtures(registration).provider("OOAPI Expand");
        ImportReport report = importJson(provider, fixture("offerings-expanded.json"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.offerings()).isEqualTo(2);
        JsonNode course = course(provider, "ooapiexpand");
        assertThat(course.get("level").asString()).isEqualTo("MBO-2");
        assertThat(course.get("offerings").valueStream().map(o -> o.get("municipality").asString()).toList())
                .containsExactly("Apeldoorn", "Hattem");
    }

    @Test
    void aFileWithProblemsImportsNothingAndNamesEachProblemByPath() {
        String provider = new CourseFixtures(registration).provider("OOAPI Fouten");
        ImportReport report = importJson(provider, fixture("with-problems.json"));

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::path).containsExactlyInAnyOrder(
                "$.items[1].level",
                "$.items[1].ext.skills",
                "$.items[2].offerings[0].startDate",
                "$.items[2].offerings[0].priceInformation[0].currency",
                "$.items[2].offerings[1].addresses[0].geolocation");
        assertThat(getJson("/api/v1/courses?provider=" + provider).get("total").asLong()).isZero();
    }

    @Test
    void brokenFilesAreRefusedWithAClearReason() {
        String provider = new CourseFixtures(registration).provider("OOAPI Kapot");
        ImportReport truncated = importJson(provider, "{\n  \"items\": [\n    {\"primaryCode\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(truncated.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.json.malformed");
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(importJson(provider, new byte[] {'{', 0, 1, 2}).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.json.binary");
        assertThat(importJson(provider, "[1, 2]".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.json.shape");
        assertThat(importJson(provider, "{\"items\": []}".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.json.noItems");
        assertThat(importJson(provider, "{\"items\": {\"a\": 1}}".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::path).containsExactly("$.items");
        assertThat(getJson("/api/v1/courses?provider=" + provider).get("total").asLong()).isZero();
    }

    @Test
    void aSchoolUploadsOoapiJsonOnTheImportPageAndSeesProblemsByPath() {
        School school = SchoolLogins.newSchool(registration, accounts, port);
        HttpResponse<String> bad = school.session().upload("/school/import", "/school/import", "ooapi.json",
                fixture("with-problems.json"), Map.of());
        assertThat(bad.body()).contains("$.items[2].offerings[0].startDate").contains("Ongeldige datum 01-09-2031");

        HttpResponse<String> good = school.session().upload("/school/import", "/school/import", "export.json",
                fixture("offerings-expanded.json"), Map.of());
        assertThat(good.body()).contains("3 OOAPI-items gelezen: 1 opleidingen nieuw");
        assertThat(getJson("/api/v1/courses?provider=" + school.code() + "&q=ooapiexpand").get("total").asLong())
                .isEqualTo(1);
        assertThat(List.of(ImportFormat.of("x.csv", "{".getBytes()), ImportFormat.of(null, " {\"items\":[]}".getBytes()),
                ImportFormat.of(null, "course_code,title".getBytes())))
                .containsExactly(ImportFormat.CSV, ImportFormat.OOAPI, ImportFormat.CSV);
    }
}
