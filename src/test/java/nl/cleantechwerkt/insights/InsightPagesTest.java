package nl.cleantechwerkt.insights;

import static nl.cleantechwerkt.support.InsightPageFixture.BOILERS_NL;
import static nl.cleantechwerkt.support.InsightPageFixture.GROUP_NL;
import static nl.cleantechwerkt.support.InsightPageFixture.HATTEM;
import static nl.cleantechwerkt.support.InsightPageFixture.TURBINES_NL;
import static nl.cleantechwerkt.support.InsightPageFixture.WATER_HEATING_NL;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.InsightPageFixture;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.SchoolLogins;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The insight pages over HTTP as anonymous visitor, school and admin: charts and tables, the
 * suppression of small cells on the public page and not on the admin's, filters that change the
 * numbers, the CSV files, and a friendly 400 for a filter that cannot be read. Figures are read
 * for the fixture's own skills in Hattem ({@link InsightPageFixture}), so other tests' data in
 * the shared database does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightPagesTest extends IntegrationTest {

    private static final String IN_HATTEM = "?municipality=" + HATTEM;

    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    CourseRegistration registration;

    private InsightPageFixture fixture;
    private WebSession anonymous;
    private WebSession admin;
    private WebSession school;

    @BeforeAll
    void region() {
        fixture = new InsightPageFixture(accounts, employers, needs, registration);
        anonymous = new WebSession(port);
        anonymous.get("/inzicht?lang=nl");
        admin = new WebSession(port);
        admin.login("admin@test.local", "Beheer-wachtwoord-voor-tests-2026");
        school = new WebSession(port);
        school.login(fixture.schoolEmail, InsightPageFixture.PASSWORD);
    }

    @Test
    void thePublicDashboardShowsChartsWithTablesOfTheSameNumbers() {
        HttpResponse<String> response = anonymous.get("/inzicht" + IN_HATTEM);

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(count(page, "<svg ")).isEqualTo(4);
        assertThat(page).contains("role=\"img\"").contains("aria-labelledby=\"chart-unmet-title chart-unmet-desc\"")
                .contains("<title id=\"chart-municipalities-title\"") .contains("<caption");
        assertThat(page).doesNotContain(" style=\"").doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        // Demand without supply nearby: the boilers, 6 from 6 needs, in the chart and in the table.
        assertThat(row(page, "unmet", BOILERS_NL)).containsExactly(BOILERS_NL, GROUP_NL, "6", "6");
        assertThat(chartTexts(page, "chart-unmet")).contains(BOILERS_NL, "6");
        // Water heating: 3 (six halves) from 6 needs, one course with 12 seats, a third of a course per unit of demand.
        assertThat(row(page, "skills", WATER_HEATING_NL)).containsExactly(WATER_HEATING_NL, GROUP_NL, "3", "6", "1", "12",
                "0,33", "nee");
        // Hattem on the map and in the municipality table, with the fixture's eight needs at least.
        assertThat(chartTexts(page, "chart-municipalities")).contains("Hattem", "Apeldoorn", "Zutphen");
        assertThat(row(page, "municipalities", "Hattem")).isNotEmpty();
    }

    @Test
    void smallCellsAreSuppressedOnThePublicPageAndShownToTheAdmin() {
        String page = anonymous.get("/inzicht" + IN_HATTEM).body();
        assertThat(row(page, "skills", TURBINES_NL)).containsExactly(TURBINES_NL, GROUP_NL,
                "—niet getoond, te weinig bronnen", "—niet getoond, te weinig bronnen", "0", "0",
                "—niet getoond, te weinig bronnen", "—niet getoond, te weinig bronnen");
        assertThat(page).contains("class=\"suppressed\"").contains("minder dan 5 vacatures en mensen");
        assertThat(row(page, "unmet", TURBINES_NL)).as("a hidden demand cannot be ranked").isEmpty();

        HttpResponse<String> full = admin.get("/admin/inzicht" + IN_HATTEM);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(row(full.body(), "skills", TURBINES_NL)).containsExactly(TURBINES_NL, GROUP_NL, "4", "2", "0", "0",
                "0,00", "ja");
        assertThat(row(full.body(), "unmet", TURBINES_NL)).containsExactly(TURBINES_NL, GROUP_NL, "4", "2");
        assertThat(full.body()).doesNotContain("class=\"suppressed\"").contains("Vraag en aanbod: alle cijfers");
    }

    @Test
    void filtersChangeTheNumbers() {
        // After the run has started, the school's course no longer counts as supply: the demand is unmet.
        String later = YearMonth.now().plusMonths(4).toString();
        String page = anonymous.get("/inzicht" + IN_HATTEM + "&from=" + later).body();
        assertThat(row(page, "skills", WATER_HEATING_NL)).containsExactly(WATER_HEATING_NL, GROUP_NL, "3", "6", "0", "0",
                "0,00", "ja");
        // In Heerde the fixture's Hattem needs do not count.
        String heerde = anonymous.get("/inzicht?municipality=Heerde").body();
        assertThat(row(heerde, "unmet", BOILERS_NL)).isEmpty();
        // A municipality outside the region, by name in the address, is a choice of the form like the region's.
        assertThat(anonymous.get("/inzicht?municipality=Amsterdam").body())
                .containsPattern("<option value=\"GM0363\" selected=\"selected\">Amsterdam</option>");
        // Selected filters are shown back in the form.
        assertThat(page).containsPattern("<option value=\"GM0244\" selected=\"selected\">Hattem</option>")
                .contains("value=\"" + later + "\"");
    }

    @Test
    void everyTableExportsAsCsvThatDutchExcelOpens() {
        HttpResponse<String> csv = anonymous.get("/inzicht/export/skills.csv" + IN_HATTEM);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains("cleantech-werkt-skills-GM0244.csv"));
        assertThat(csv.body()).startsWith("\uFEFF");
        List<String> lines = Arrays.asList(csv.body().substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Vaardigheid;Groep;Vraag;Bronnen;Opleidingen;Plaatsen;Opleidingen per vraag;"
                + "Zonder aanbod in de buurt;Niet getoond");
        assertThat(lines).contains(WATER_HEATING_NL + ";" + GROUP_NL + ";3;6;1;12;0,33;nee;nee",
                BOILERS_NL + ";" + GROUP_NL + ";6;6;0;0;0;ja;nee",
                TURBINES_NL + ";" + GROUP_NL + ";;;0;0;;;ja");

        HttpResponse<String> full = admin.get("/admin/inzicht/export/skills.csv" + IN_HATTEM);
        List<String> fullLines = Arrays.asList(full.body().substring(1).split("\r\n"));
        assertThat(fullLines.get(0)).doesNotContain("Niet getoond");
        assertThat(fullLines).contains(TURBINES_NL + ";" + GROUP_NL + ";4;2;0;0;0;ja");

        for (String table : List.of("unmet", "groups", "occupations", "municipalities", "levels", "trend")) {
            HttpResponse<String> other = anonymous.get("/inzicht/export/" + table + ".csv" + IN_HATTEM);
            assertThat(other.statusCode()).as(table).isEqualTo(200);
            assertThat(other.body()).as(table).startsWith("\uFEFF").contains(";");
        }
        assertThat(anonymous.get("/inzicht/export/municipalities.csv").body()).contains("\r\nHattem;");
        assertThat(anonymous.get("/inzicht/export/onbekend.csv").statusCode()).isEqualTo(404);
        // The export follows the reader's language.
        WebSession english = new WebSession(port);
        english.get("/inzicht?lang=en");
        assertThat(english.get("/inzicht/export/skills.csv" + IN_HATTEM).body())
                .startsWith("\uFEFFSkill;Group;Demand;Sources;Courses;Seats;Courses per demand;No supply nearby;Not shown\r\n")
                .contains(";3;6;1;12;0.33;no;no");
    }

    @Test
    void aFilterThatCannotBeReadIsAFriendly400() {
        for (String[] bad : List.of(new String[] {"level=MBO-9", "level"}, new String[] {"from=2026-13", "from"},
                new String[] {"municipality=Atlantis", "municipality"}, new String[] {"from=2027-05&to=2027-01", "to"},
                new String[] {"from=2000-01", "from"})) {
            HttpResponse<String> response = anonymous.get("/inzicht?" + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.body()).as(bad[0]).contains("id=\"filter-error\"").contains("role=\"alert\"")
                    .containsPattern("id=\"" + bad[1] + "\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"" + bad[1] + "\"")
                    .doesNotContain("<svg ");
        }
        assertThat(anonymous.get("/inzicht?municipality=Atlantis").body()).contains("We kennen geen gemeente &#39;Atlantis&#39;");
        HttpResponse<String> csv = anonymous.get("/inzicht/export/skills.csv?level=MBO-9");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(admin.get("/admin/inzicht?from=nooit").statusCode()).isEqualTo(400);
        assertThat(school.get("/school/inzicht?to=ooit").statusCode()).isEqualTo(400);
    }

    @Test
    void aSchoolSeesTheDemandNextToWhatItTeaches() {
        HttpResponse<String> response = school.get("/school/inzicht" + IN_HATTEM);

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("Ketelschool Hattem").contains("leren 1 vaardigheid");
        // Boilers: same group as water heating, which the school teaches; unmet, so first.
        assertThat(row(page, "nearby", BOILERS_NL)).containsExactly(BOILERS_NL, "Zelfde groep als wat jullie leren: " + GROUP_NL,
                "6", "6", "0", "ja");
        assertThat(row(page, "nearby", TURBINES_NL)).contains("—niet getoond, te weinig bronnen");
        assertThat(row(page, "nearby", WATER_HEATING_NL)).as("taught already").isEmpty();
        assertThat(rowNames(page, "nearby").indexOf(BOILERS_NL)).isLessThan(rowNames(page, "nearby").indexOf(TURBINES_NL));
        assertThat(chartTexts(page, "chart-nearby")).contains(BOILERS_NL);

        HttpResponse<String> csv = school.get("/school/inzicht/export.csv" + IN_HATTEM);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("cleantech-werkt-nearby-" + fixture.provider);
        assertThat(csv.body()).contains(BOILERS_NL + ";Zelfde groep als wat jullie leren: " + GROUP_NL + ";6;6;0;ja;nee");
    }

    @Test
    void aSchoolWhoseCoursesNameNoSkillsIsToldSo() {
        SchoolLogins.School other = SchoolLogins.newSchool(registration, accounts, port);
        new CourseFixtures(registration).course(other.code(), "Cursus zonder vaardigheden").runIn("Epe", 20).publish();

        String page = other.session().get("/school/inzicht").body();
        assertThat(page).contains("noemen nog geen vaardigheden").doesNotContain("data-table=\"nearby\"");
    }

    @Test
    void thePagesSpeakEnglish() {
        WebSession english = new WebSession(port);
        String page = english.get("/inzicht?lang=en&municipality=" + HATTEM).body();
        assertThat(page).contains("Demand and supply in the Cleantech Regio").contains("Demand without supply")
                .contains("<html lang=\"en\"");
        assertThat(row(page, "skills", "operate boiler")).isNotEmpty();
    }

    @Test
    void theDashboardIsLinkedFromEveryPage() {
        assertThat(anonymous.get("/").body()).contains("href=\"/inzicht\"");
        assertThat(anonymous.get("/inzicht").body()).doesNotContain("href=\"/admin/inzicht\"");
        assertThat(admin.get("/inzicht").body()).contains("href=\"/admin/inzicht\"");
        assertThat(school.get("/inzicht").body()).contains("href=\"/school/inzicht\"");
        assertThat(school.get("/school/opleidingen").body()).contains("href=\"/school/inzicht\"");
        assertThat(admin.get("/admin/aanbieders").body()).contains("href=\"/admin/inzicht\"");
    }

    /** The cells of the row named {@code name} in the table {@code table}, the name first; empty when there is none. */
    static List<String> row(String page, String table, String name) {
        Matcher t = Pattern.compile("<table class=\"figures\" data-table=\"" + table + "\">(.*?)</table>", Pattern.DOTALL).matcher(page);
        if (!t.find()) {
            return List.of();
        }
        Matcher r = Pattern.compile("<tr[^>]*>\\s*<th scope=\"row\">" + Pattern.quote(name) + "</th>(.*?)</tr>", Pattern.DOTALL)
                .matcher(t.group(1));
        if (!r.find()) {
            return List.of();
        }
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(r.group(1));
        List<String> cells = new java.util.ArrayList<>(List.of(name));
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").trim());
        }
        return cells;
    }

    static List<String> rowNames(String page, String table) {
        Matcher t = Pattern.compile("<table class=\"figures\" data-table=\"" + table + "\">(.*?)</table>", Pattern.DOTALL).matcher(page);
        return t.find() ? Pattern.compile("<th scope=\"row\">(.*?)</th>").matcher(t.group(1)).results().map(m -> m.group(1)).toList()
                : List.of();
    }

    /** The texts drawn in one chart. */
    static List<String> chartTexts(String page, String chartId) {
        Optional<String> svg = Pattern.compile("<svg [^>]*id=\"" + chartId + "\".*?</svg>", Pattern.DOTALL).matcher(page).results()
                .map(m -> m.group()).findFirst();
        return svg.map(s -> Pattern.compile("<text[^>]*>(.*?)</text>").matcher(s).results().map(m -> m.group(1)).toList())
                .orElse(List.of());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
