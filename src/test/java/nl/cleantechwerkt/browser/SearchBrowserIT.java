package nl.cleantechwerkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person in a real browser (Debian's Chromium, headless): searches, narrows the results with
 * a facet, opens a course, switches to English; and the pages pass an automated accessibility
 * check. `.ci/run` installs Chromium; without it these tests are skipped with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserIT extends IntegrationTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @Autowired
    CourseRegistration registration;

    private WebDriver browser;
    private WebDriverWait wait;
    private long mboCourse;

    @BeforeAll
    void startBrowserAndPublishCourses() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium not installed: apt-get install -y chromium chromium-driver");
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Browser Vakschool");
        fixtures.course(provider, "Zonnepanelen leggen voor starters")
                .description("Je legt zonnepanelen op een oefendak.").runIn("Apeldoorn", 14).publish();
        fixtures.course(provider, "Zonnepanelen en omvormers ontwerpen").level(Level.BACHELOR).mode(CourseMode.FULLTIME)
                .description("Ontwerp van PV-systemen voor bedrijfsdaken.").runIn("Deventer", 200).publish();
        mboCourse = fixtures.course(provider, "Monteur zonnepanelen (BBL)").level(Level.MBO_2).mode(CourseMode.BBL)
                .description("Leren en werken: zonnepanelen monteren bij een installatiebedrijf.")
                .skill("http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f")
                .runIn("Zutphen", 60).publish();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("ctw-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void speakDutch() {
        browser.get(url("/?lang=nl"));
    }

    @Test
    void aPersonSearchesNarrowsByLevelAndOpensACourse() {
        browser.get(url("/"));
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("zonnepanelen", Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/zoeken"));
        assertThat(titles()).contains("Zonnepanelen leggen voor starters", "Zonnepanelen en omvormers ontwerpen",
                "Monteur zonnepanelen (BBL)");

        WebElement mbo2 = browser.findElement(By.cssSelector("details[data-facet=level] a[data-value='MBO-2']"));
        long count = Long.parseLong(mbo2.findElement(By.className("count")).getText());
        mbo2.click();

        wait.until(ExpectedConditions.urlContains("level=MBO-2"));
        assertThat(browser.findElements(By.cssSelector("ul.chips a.chip")).get(0).getText()).contains("mbo niveau 2");
        assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize((int) count);
        assertThat(titles()).containsOnly("Monteur zonnepanelen (BBL)");
        assertThat(browser.findElement(By.cssSelector("p.total")).getText()).startsWith(count + " opleiding");

        browser.findElement(By.cssSelector(".hit-title a")).click();
        wait.until(ExpectedConditions.urlContains("/opleidingen/" + mboCourse));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Monteur zonnepanelen (BBL)");
        assertThat(browser.findElement(By.cssSelector("tr.offering")).getText()).contains("Zutphen");
        assertThat(browser.findElement(By.cssSelector("ul.skills")).getText()).contains("warmtepompen installeren");

        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(browser.findElement(By.id("offerings-heading")).getText()).isEqualTo("Start dates");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Monteur zonnepanelen (BBL)");
    }

    @Test
    void resultsUpdateWhileTyping() {
        browser.get(url("/zoeken?q=zonnepanelen"));
        String before = browser.findElement(By.cssSelector("p.total")).getText();
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(" ontwerpen");
        // No Enter: htmx swaps in the new results; the box keeps focus and its text.
        wait.until(d -> !d.findElement(By.cssSelector("p.total")).getText().equals(before));
        assertThat(titles()).containsExactly("Zonnepanelen en omvormers ontwerpen");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("zonnepanelen ontwerpen");
        assertThat(java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("q=zonnepanelen ontwerpen");
    }

    @Test
    void keyboardUsersCanSkipToTheResults() {
        browser.get(url("/zoeken?q=zonnepanelen"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.getText()).isEqualTo("Naar de inhoud");
    }

    @Test
    void pagesPassTheAccessibilityCheck() {
        for (String page : List.of("/", "/zoeken?q=zonnepanelen", "/zoeken?q=zonnepanelen&level=MBO-2",
                "/zoeken?q=qqqxxyzz", "/opleidingen/" + mboCourse, "/over", "/?lang=en")) {
            browser.get(url(page));
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            List<String> serious = results.getViolations().stream()
                    .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .map(SearchBrowserIT::describe)
                    .toList();
            assertThat(serious).as(page).isEmpty();
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector(".hit-title a")).stream().map(WebElement::getText).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
