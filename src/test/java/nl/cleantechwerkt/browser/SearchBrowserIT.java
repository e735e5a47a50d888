package nl.cleantechwerkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.CourseFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person in a real browser searches, narrows the results with a facet, opens a course,
 * switches to English; the results update while typing (htmx); and the pages pass an
 * automated accessibility check.
 */
class SearchBrowserIT extends BrowserTestBase {

    private static final String HEAT_PUMP_SKILL = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";

    private static final String STARTERS = "Zonnepanelen leggen voor starters";
    private static final String DESIGN = "Zonnepanelen en omvormers ontwerpen";
    private static final String FITTER = "Monteur zonnepanelen en warmtepompen";
    private static final String SERVICE = "Warmtepomp servicetechnicus";

    @Autowired
    CourseRegistration registration;

    private long fitter;

    @BeforeAll
    void publishCourses() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Browser Vakschool");
        fixtures.course(provider, STARTERS)
                .description("Je legt zonnepanelen op een oefendak.")
                .level(Level.COURSE).mode(CourseMode.PARTTIME).runIn("Apeldoorn", 14).publish();
        fixtures.course(provider, DESIGN)
                .description("Ontwerp van PV-systemen voor bedrijfsdaken.")
                .level(Level.BACHELOR).mode(CourseMode.FULLTIME).runIn("Deventer", 200).publish();
        fitter = fixtures.course(provider, FITTER)
                .description("Leren en werken: zonnepanelen en warmtepompen monteren bij een installatiebedrijf.")
                .level(Level.MBO_4).mode(CourseMode.BBL).skill(HEAT_PUMP_SKILL).runIn("Zutphen", 60).publish();
        fixtures.course(provider, SERVICE)
                .description("Je onderhoudt warmtepompen, ook in combinatie met zonnepanelen.")
                .level(Level.MBO_4).mode(CourseMode.BOL).runIn("Lochem", 45).publish();
    }

    /** Every test starts in Dutch (the language choice is a cookie that outlives a test). */
    @BeforeEach
    void speakDutch() {
        browser.get(url("/?lang=nl"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "nl"));
    }

    @Test
    void aPersonSearchesFiltersByLevelAndOpensACourse() {
        // 1. Home page: type in the search box and press Enter (a plain form submission).
        browser.get(url("/"));
        WebElement box = browser.findElement(By.cssSelector("form.search-form #q"));
        box.sendKeys("zonnepanelen", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/zoeken"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.total")));

        // 2. Results: the four courses that mention solar panels, and the total says so.
        assertThat(query()).contains("q=zonnepanelen");
        assertThat(titles()).containsExactlyInAnyOrder(STARTERS, DESIGN, FITTER, SERVICE);
        assertThat(total()).isEqualTo("4 opleidingen");
        assertThat(browser.findElements(By.cssSelector("ul.chips a.chip"))).isEmpty();

        // 3. Level facet: "mbo niveau 4" with its count; clicking it narrows the results.
        WebElement mbo4 = browser.findElement(By.cssSelector("details.facet[data-facet=level] a[data-value='MBO-4']"));
        assertThat(mbo4.findElement(By.className("facet-label")).getText()).isEqualTo("mbo niveau 4");
        int count = Integer.parseInt(mbo4.findElement(By.className("count")).getText().trim());
        assertThat(count).isEqualTo(2);
        mbo4.click();
        wait.until(ExpectedConditions.stalenessOf(mbo4));
        wait.until(ExpectedConditions.urlContains("level=MBO-4"));

        assertThat(query()).contains("q=zonnepanelen");
        List<WebElement> chips = browser.findElements(By.cssSelector("ul.chips a.chip"));
        assertThat(chips).hasSize(1);
        assertThat(chips.get(0).getText()).contains("mbo niveau 4");
        assertThat(browser.findElement(By.cssSelector("details.facet[data-facet=level] a[data-value='MBO-4']"))
                .getAttribute("aria-current")).isEqualTo("true");
        assertThat(titles()).hasSize(count).containsExactlyInAnyOrder(FITTER, SERVICE);
        assertThat(browser.findElements(By.cssSelector("li.hit .meta")))
                .allSatisfy(meta -> assertThat(meta.getText()).contains("mbo niveau 4"));
        assertThat(total()).isEqualTo(count + " opleidingen");

        // 4. Open a course: its page shows the title and an upcoming start in Zutphen.
        WebElement title = browser.findElements(By.cssSelector(".hit-title a")).stream()
                .filter(a -> a.getText().equals(FITTER)).findFirst().orElseThrow();
        title.click();
        wait.until(ExpectedConditions.urlContains("/opleidingen/" + fitter));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(FITTER);
        assertThat(browser.findElement(By.id("offerings-heading")).getText()).isEqualTo("Startmomenten");
        List<WebElement> offerings = browser.findElements(By.cssSelector("tr.offering"));
        assertThat(offerings).hasSize(1);
        assertThat(offerings.get(0).getText()).contains("Zutphen");
        assertThat(browser.findElement(By.cssSelector("ul.skills")).getText()).contains("warmtepompen installeren");

        // 5. Switch to English in the header: same course, English labels.
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("header.site-header")).findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.getCurrentUrl()).contains("/opleidingen/" + fitter);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(FITTER);
        assertThat(browser.findElement(By.id("offerings-heading")).getText()).isEqualTo("Start dates");
        assertThat(browser.findElement(By.cssSelector("p.meta")).getText()).contains("MBO level 4");
        assertThat(browser.findElement(By.cssSelector("header.site-header")).getText()).contains("Nederlands");
    }

    @Test
    void resultsUpdateWhileTypingWithoutAFullPageLoad() {
        browser.get(url("/zoeken?q=zonnepanelen"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.total")));
        assertThat(total()).isEqualTo("4 opleidingen");
        // Wait until htmx has processed the page, then mark this document: a full page load would lose the mark.
        wait.until(d -> Boolean.TRUE.equals(js("return typeof htmx !== 'undefined' && !!document.getElementById('q')['htmx-internal-data'];")));
        js("window.ctwSamePage = true;");
        WebElement oldResults = browser.findElement(By.id("results"));

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(" ontwerpen");
        // No Enter, no click: htmx swaps in the new results after the typing pause.
        wait.until(ExpectedConditions.textToBe(By.cssSelector("p.total"), "1 opleiding"));

        assertThat(js("return window.ctwSamePage === true;")).isEqualTo(true);
        assertThat(ExpectedConditions.stalenessOf(oldResults).apply(browser)).isTrue();
        assertThat(titles()).containsExactly(DESIGN);
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("zonnepanelen ontwerpen");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        // The address bar follows, so the new result list can be bookmarked or shared.
        wait.until(d -> query().contains("q=zonnepanelen ontwerpen"));
    }

    @Test
    void keyboardUsersCanSkipToTheContent() {
        browser.get(url("/zoeken?q=zonnepanelen"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.getText()).isEqualTo("Naar de inhoud");
    }

    @Test
    void pagesPassTheAccessibilityCheck() {
        for (String page : List.of("/", "/zoeken?q=zonnepanelen", "/zoeken?q=zonnepanelen&level=MBO-4",
                "/zoeken?q=qqqxxyzz", "/opleidingen/" + fitter, "/over", "/inloggen", "/registreren", "/?lang=en")) {
            browser.get(url(page));
            assertAccessible(page);
        }
    }

    /** The current address, decoded, as a person reads it in the address bar. */
    private String query() {
        return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
    }
}
