package nl.cleantechwerkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Base of the browser tests: one real browser per test class against the whole application —
 * Debian's Chromium, headless, driven by Debian's chromedriver so Selenium Manager never
 * downloads anything, with a throw-away profile. Without Chromium the tests are skipped with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase extends IntegrationTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Path profileDir;
    WebDriver browser;
    /** Up to ten seconds: pages here answer in milliseconds, so a wait that long means a failure. */
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium not installed: apt-get install -y chromium chromium-driver");
        profileDir = Files.createTempDirectory("ctw-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profileDir != null) {
            FileSystemUtils.deleteRecursively(profileDir);
        }
    }

    /** Fails on the serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page. */
    void assertAccessible(String page) {
        // Legacy mode runs axe in the page itself. The default mode first opens an about:blank
        // window to isolate frames, and on a loaded machine that step timed out in the renderer;
        // the pages have no frames, so both modes check the same thing.
        Results results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(BrowserTestBase::describe)
                .toList();
        assertThat(serious).as(page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
    }

    /** The course titles on a search results page, in order. */
    List<String> titles() {
        return browser.findElements(By.cssSelector(".hit-title a")).stream().map(WebElement::getText).toList();
    }

    /** The results count as the page words it ("4 opleidingen"). */
    String total() {
        return browser.findElement(By.cssSelector("p.total")).getText().trim();
    }

    /**
     * Clicks and waits for the page it leads to, so the next lookup never finds the old page. The
     * old page is marked in script: waiting for an old element to go stale fails in this Chromium
     * while the next page is loading ("Node with given id does not belong to the document").
     */
    void click(By target) {
        click(browser.findElement(By.tagName("body")), target);
    }

    void click(WebElement within, By target) {
        js("window.ctwOldPage = true;");
        within.findElement(target).click();
        wait.until(d -> Boolean.TRUE.equals(js("return window.ctwOldPage === undefined && document.readyState === 'complete';")));
    }

    /** A button in the page's content by the text on it. */
    static By button(String text) {
        return By.xpath("//main//button[normalize-space()='" + text + "']");
    }

    /** The site's main navigation in the header. */
    WebElement navigation() {
        return browser.findElement(By.cssSelector("header.site-header nav"));
    }

    /** Logs in through the login form, as a person does, from a browser without any session. */
    void logIn(String email, String password) {
        browser.get(url("/inloggen"));
        browser.manage().deleteAllCookies();
        browser.navigate().refresh();
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        click(button("Inloggen"));
        wait.until(ExpectedConditions.urlContains("/account"));
    }

    /**
     * Types a date as a person does: the digits in the order the browser's date field shows day,
     * month and year, which follows the browser's language (Debian's Chromium has only en-US).
     */
    void typeDate(WebElement field, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) js("return new Intl.DateTimeFormat(undefined, "
                + "{year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(new Date())"
                + ".map(p => p.type).filter(t => t !== 'literal');");
        field.sendKeys(order.stream().map(part -> switch (part) {
            case "day" -> "%02d".formatted(date.getDayOfMonth());
            case "month" -> "%02d".formatted(date.getMonthValue());
            default -> "%04d".formatted(date.getYear());
        }).collect(Collectors.joining()));
    }

    Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
