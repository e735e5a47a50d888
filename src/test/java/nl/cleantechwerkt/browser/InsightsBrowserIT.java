package nl.cleantechwerkt.browser;

import static nl.cleantechwerkt.support.InsightPageFixture.BOILERS_NL;
import static nl.cleantechwerkt.support.InsightPageFixture.WATER_HEATING_NL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.support.InsightPageFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5's pages in a real browser: the regional dashboard draws its charts and tables, the
 * filter form changes the numbers, a table downloads as CSV, and the pages (public, school,
 * admin, English, a wrong filter) pass the accessibility check. The figures are the fixture's
 * own ({@link InsightPageFixture}: needs and a school in Hattem on skills no other test uses).
 */
class InsightsBrowserIT extends BrowserTestBase {

    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    CourseRegistration registration;

    private InsightPageFixture fixture;

    @BeforeAll
    void region() {
        fixture = new InsightPageFixture(accounts, employers, needs, registration);
    }

    @BeforeEach
    void speakDutchAsAnonymousVisitor() {
        browser.get(url("/?lang=nl"));
        browser.manage().deleteAllCookies();
        browser.get(url("/?lang=nl"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
    }

    @Test
    void theDashboardDrawsChartsAndTablesAndTheFiltersChangeTheNumbers() {
        // 1. From the header to the dashboard: four charts, each an image with a name, each followed by its table.
        click(navigation(), By.linkText("Vraag en aanbod"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vraag en aanbod in de Cleantech Regio");
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart-figure svg.chart"));
        assertThat(charts).hasSize(4).allSatisfy(svg -> {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getSize().getWidth()).isGreaterThan(300);
        });
        // Seven sections, each with its table (or a line saying there are no figures for it).
        assertThat(browser.findElements(By.cssSelector("section.insight-section"))).hasSize(7).allSatisfy(section ->
                assertThat(section.findElements(By.cssSelector("table.figures caption, p.empty"))).hasSize(1));
        assertThat(browser.findElements(By.cssSelector("#chart-municipalities text")).stream().map(WebElement::getText))
                .contains("Hattem", "Deventer", "Apeldoorn");

        // 2. Choose Hattem in the form: the fixture's figures, without the rest of the region.
        new Select(browser.findElement(By.id("municipality"))).selectByVisibleText("Hattem");
        click(button("Toon de cijfers"));
        assertThat(browser.getCurrentUrl()).contains("municipality=GM0244");
        assertThat(new Select(browser.findElement(By.id("municipality"))).getFirstSelectedOption().getText()).isEqualTo("Hattem");
        assertThat(cells("unmet", BOILERS_NL)).containsSubsequence("6", "6");
        assertThat(browser.findElements(By.cssSelector("#chart-unmet text")).stream().map(WebElement::getText))
                .contains(BOILERS_NL);
        // Columns: group, demand, sources, courses, seats, ratio, no supply nearby.
        assertThat(cells("skills", WATER_HEATING_NL)).containsExactly(InsightPageFixture.GROUP_NL, "3", "6", "1", "12", "0,33",
                "nee");

        // 3. Narrow to MBO level 4: the school's course is MBO 3, so water heating loses its supply.
        new Select(browser.findElement(By.id("level"))).selectByVisibleText("mbo niveau 4");
        click(button("Toon de cijfers"));
        assertThat(browser.getCurrentUrl()).contains("level=MBO-4").contains("municipality=GM0244");
        assertThat(cells("skills", WATER_HEATING_NL)).containsExactly(InsightPageFixture.GROUP_NL, "3", "6", "0", "0", "0,00",
                "ja");
    }

    @Test
    void aTableDownloadsAsCsvWithThePageFilters() {
        browser.get(url("/inzicht?municipality=GM0244"));
        WebElement link = browser.findElement(By.cssSelector("#section-skills a.csv-link"));
        assertThat(link.getText()).isEqualTo("Download „Vraag en aanbod per vaardigheid” als CSV");
        assertThat(link.getAttribute("download")).isNotNull();
        String href = link.getAttribute("href");
        assertThat(href).endsWith("/inzicht/export/skills.csv?municipality=GM0244");

        // What the browser receives for that link, with the page's cookies (language) and headers.
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done({status: r.status, type: r.headers.get('content-type'),
                        disposition: r.headers.get('content-disposition'),
                        bom: bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF,
                        text: new TextDecoder('utf-8').decode(bytes)});
                });""", href);
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat((String) download.get("type")).startsWith("text/csv");
        assertThat((String) download.get("disposition")).startsWith("attachment").contains("cleantech-werkt-skills-GM0244.csv");
        assertThat(download.get("bom")).isEqualTo(true);
        String text = (String) download.get("text");
        assertThat(text).startsWith("Vaardigheid;Groep;Vraag;Bronnen;Opleidingen;Plaatsen;Opleidingen per vraag;")
                .contains("\r\n" + WATER_HEATING_NL + ";" + InsightPageFixture.GROUP_NL + ";3;6;1;12;0,33;nee;nee\r\n");
    }

    @Test
    void theInsightPagesPassTheAccessibilityCheck() {
        for (String page : List.of("/inzicht", "/inzicht?municipality=GM0244&level=MBO-3", "/inzicht?level=MBO-9",
                "/inzicht?lang=en")) {
            browser.get(url(page));
            assertAccessible(page);
        }
        browser.get(url("/?lang=nl"));
        logIn(fixture.schoolEmail, InsightPageFixture.PASSWORD);
        browser.get(url("/school/inzicht?municipality=GM0244"));
        assertThat(browser.findElements(By.cssSelector("table[data-table=nearby] th[scope=row]")).stream()
                .map(WebElement::getText)).contains(BOILERS_NL);
        assertAccessible("/school/inzicht");

        logIn("admin@test.local", "Beheer-wachtwoord-voor-tests-2026");
        browser.get(url("/admin/inzicht?municipality=GM0244"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vraag en aanbod: alle cijfers");
        assertAccessible("/admin/inzicht");
    }

    /** The cells after the row's name in one table, as the page shows them. */
    private List<String> cells(String table, String rowName) {
        WebElement row = browser.findElements(By.cssSelector("table[data-table=" + table + "] tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("th[scope=row]")).getText().equals(rowName))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + rowName + " in " + table));
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }
}
