package nl.cleantechwerkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.SchoolLogins;
import nl.cleantechwerkt.support.SchoolLogins.School;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A school writes its course in the form: validation at the fields, skills suggested and confirmed, draft or published. */
class CourseFormTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String HEAT_PUMP_SKILL = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";

    @Autowired
    CourseRegistration registration;
    @Autowired
    Accounts accounts;
    @Autowired
    CourseCatalog catalog;

    private School school() {
        return SchoolLogins.newSchool(registration, accounts, port);
    }

    private static Map<String, String> validCourse(String code, String title) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("courseCode", code);
        f.put("title", title);
        f.put("description", "Je leert warmtepompen installeren en in bedrijf stellen in bestaande woningen.");
        f.put("learningOutcomes", "Een lucht-waterwarmtepomp plaatsen\nDe installatie inregelen");
        f.put("level", "MBO-3");
        f.put("mode", "BBL");
        f.put("sector", "INSTALLATION_TECHNOLOGY");
        f.put("entryLevel", "");
        f.put("language", "nl");
        f.put("hours", "120");
        f.put("ects", "");
        f.put("qualificationCode", "");
        f.put("url", "https://voorbeeld.nl/cursus");
        f.put("costNote", "");
        f.put("addSkill", "");
        f.put("runs[0].startDate", LocalDate.now().plusDays(40).toString());
        f.put("runs[0].endDate", LocalDate.now().plusDays(100).toString());
        f.put("runs[0].enrolmentDeadline", "");
        f.put("runs[0].place", "Vaassen");
        f.put("runs[0].schedule", "EVENING");
        f.put("runs[0].priceEur", "1295,50");
        f.put("runs[0].seats", "14");
        return f;
    }

    private static Map<String, String> with(Map<String, String> form, String... keyValues) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put(keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    @Test
    void aSchoolPublishesACourseWithASkillAndItIsFoundAtOnce() {
        School school = school();
        Map<String, String> form = with(validCourse("WP-" + SEQUENCE.incrementAndGet(), "Warmtepompmonteur formuliertest"),
                "addSkill", "warmtepompen installeren", "action", "addSkill");
        String added = school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan", form).body();
        assertThat(added).contains("value=\"" + HEAT_PUMP_SKILL + "\" checked");

        HttpResponse<String> saved = school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan",
                with(form, "addSkill", "", "skills", HEAT_PUMP_SKILL, "action", "publish"));
        assertThat(saved.statusCode()).isEqualTo(302);

        var found = getJson("/api/v1/courses?q=formuliertest").get("items");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("skills").toString()).contains(HEAT_PUMP_SKILL);
        assertThat(found.get(0).get("municipalities").toString()).contains("Epe");
        String page = get("/opleidingen/" + found.get(0).get("id").asLong()).body();
        assertThat(page).contains("Vaassen").contains("€ 1.295,50").contains("warmtepompen installeren").contains("Avond");
    }

    @Test
    void skillsAreSuggestedFromTheTextButOnlySavedWhenConfirmed() {
        School school = school();
        Map<String, String> form = with(validCourse("SUG-" + SEQUENCE.incrementAndGet(), "Suggestietest zonder vinkjes"),
                "action", "suggest");
        String page = school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan", form).body();
        assertThat(page).contains("voorgesteld").contains("value=\"" + HEAT_PUMP_SKILL + "\"")
                .doesNotContain("value=\"" + HEAT_PUMP_SKILL + "\" checked");

        school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan", with(form, "action", "publish"));
        var found = getJson("/api/v1/courses?q=suggestietest").get("items");
        assertThat(found.get(0).get("skills")).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsSaved() {
        School school = school();
        long before = catalog.countAll();
        Map<String, String> form = with(validCourse("bad code!", ""), "level", "MBO-9", "hours", "veel",
                "runs[0].endDate", LocalDate.now().plusDays(1).toString(), "runs[0].place", "Atlantis", "runs[0].priceEur", "-5",
                "runs[1].startDate", "", "runs[1].seats", "3", "action", "publish");
        HttpResponse<String> response = school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan", form);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Gebruik 1 tot 60 letters").contains("Vul de titel in.").contains("Kies het niveau.")
                .contains("Vul een heel getal in.").contains("De einddatum ligt voor de startdatum.")
                .contains("We kennen geen plaats of postcode Atlantis").contains("Vul een bedrag in")
                .contains("Vul de startdatum in.");
        assertThat(catalog.countAll()).isEqualTo(before);
    }

    @Test
    void aDraftStaysOutOfSearchUntilPublished() {
        School school = school();
        String code = "DR-" + SEQUENCE.incrementAndGet();
        Map<String, String> form = with(validCourse(code, "Concepttest regeltechniek"), "action", "draft");
        school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan", form);
        assertThat(getJson("/api/v1/courses?q=concepttest").get("total").asLong()).isZero();
        String list = school.session().get("/school/opleidingen").body();
        assertThat(list).contains("Concepttest regeltechniek").contains("Concept");

        long id = catalog.coursesOf(school.code()).stream().filter(c -> c.courseCode().equals(code)).findFirst().orElseThrow().id();
        String edit = school.session().get("/school/opleidingen/" + id + "/bewerken").body();
        assertThat(edit).contains("value=\"Concepttest regeltechniek\"").contains("Vaassen");
        school.session().submit("/school/opleidingen/" + id + "/bewerken", "/school/opleidingen/opslaan",
                with(form, "id", String.valueOf(id), "title", "Concepttest regeltechniek gepubliceerd", "action", "publish"));
        assertThat(getJson("/api/v1/courses?q=concepttest").get("total").asLong()).isEqualTo(1);
        assertThat(catalog.coursesOf(school.code()).stream().filter(c -> c.courseCode().equals(code)).count()).isEqualTo(1);
    }

    @Test
    void courseCodesAreUniquePerSchoolAndOtherSchoolsCoursesCannotBeEdited() {
        School school = school();
        String code = "UQ-" + SEQUENCE.incrementAndGet();
        school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan",
                with(validCourse(code, "Unieke code test"), "action", "publish"));
        String again = school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan",
                with(validCourse(code, "Tweede met dezelfde code"), "action", "publish")).body();
        assertThat(again).contains("Jullie hebben al een opleiding met code " + code);

        School other = school();
        long theirs = new CourseFixtures(registration).course(other.code(), "Andermans cursus").runIn("Epe", 10).publish();
        assertThat(school.session().get("/school/opleidingen/" + theirs + "/bewerken").statusCode()).isEqualTo(404);
        HttpResponse<String> overwrite = school.session().submit("/school/opleidingen/nieuw", "/school/opleidingen/opslaan",
                with(validCourse("HACK", "Overgenomen"), "id", String.valueOf(theirs), "action", "publish"));
        assertThat(overwrite.statusCode()).isEqualTo(404);
        assertThat(getJson("/api/v1/courses/" + theirs).get("title").asString()).isEqualTo("Andermans cursus");
    }
}
