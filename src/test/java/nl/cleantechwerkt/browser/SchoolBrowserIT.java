package nl.cleantechwerkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.support.SchoolLogins;
import nl.cleantechwerkt.support.SchoolLogins.SchoolAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acceptance test of issue 3, in a real browser: a school logs in
 * through the login form, writes a course, takes a skill from the suggestions, publishes it and
 * finds it in the public search; then uploads a CSV with one bad row and sees that nothing was
 * imported and which line, column and problem it was. The school's pages pass the accessibility check.
 */
class SchoolBrowserIT extends BrowserTestBase {

    /** Words in no other test's courses, so a search for them finds only what this test wrote. */
    private static final String TITLE_WORD = "Kwikstaart";
    private static final String REJECTED_WORD = "Roodborst";
    private static final String TITLE = "Warmtepompmonteur " + TITLE_WORD;
    private static final String HEAT_PUMP_SKILL = "warmtepompen installeren";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    CourseRegistration registration;
    @Autowired
    Accounts accounts;

    /** Every test is a new school whose user logs in through the login form, as a person would. */
    @BeforeEach
    void logInAsANewSchool() {
        SchoolAccount school = SchoolLogins.newSchoolAccount(registration, accounts);
        logIn(school.email(), SchoolLogins.PASSWORD);
        assertThat(navigation().getText()).contains("Onze opleidingen", "Uitloggen").doesNotContain("Inloggen");
    }

    @Test
    void aSchoolPublishesACourseWithASuggestedSkillAndFindsItInSearch() {
        // 1. "Onze opleidingen", then "Nieuwe opleiding".
        click(navigation(), By.linkText("Onze opleidingen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Er zijn nog geen opleidingen."));
        click(By.linkText("Nieuwe opleiding"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Nieuwe opleiding"));

        // 2. Fill in the course, with a run in Deventer a month from now.
        LocalDate start = LocalDate.now().plusDays(30);
        browser.findElement(By.id("courseCode")).sendKeys("BRW-WP-1");
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("description")).sendKeys(
                "Je leert warmtepompen installeren in bestaande woningen en ze veilig in bedrijf stellen.");
        new Select(browser.findElement(By.id("level"))).selectByVisibleText("mbo niveau 3");
        new Select(browser.findElement(By.id("mode"))).selectByVisibleText("BBL (leren en werken)");
        WebElement startDate = browser.findElement(By.id("runs0.startDate"));
        typeDate(startDate, start);
        assertThat(startDate.getDomProperty("value")).as("the date field took day, month and year").isEqualTo(start.toString());
        browser.findElement(By.id("runs0.place")).sendKeys("Deventer");

        // 3. Ask for skills: the form comes back with what was typed and the suggestions to tick.
        click(button("Stel vaardigheden voor uit de tekst"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.suggestions")));
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo(TITLE);
        assertThat(browser.findElement(By.id("runs0.place")).getDomProperty("value")).isEqualTo("Deventer");
        WebElement suggestion = browser.findElement(By.xpath(
                "//ul[contains(@class,'suggestions')]//label[span[normalize-space()='" + HEAT_PUMP_SKILL + "']]"));
        assertThat(suggestion.getText()).contains("voorgesteld");
        WebElement tick = suggestion.findElement(By.tagName("input"));
        assertThat(tick.isSelected()).as("a suggestion is never taken without the school's tick").isFalse();
        assertAccessible("course form with suggestions");
        tick.click();
        assertThat(tick.isSelected()).isTrue();

        // 4. Publish: the list says so and shows the course as published, starting on the chosen day.
        click(button("Opslaan en publiceren"));
        wait.until(ExpectedConditions.urlContains("/school/opleidingen?opgeslagen="));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("De opleiding is opgeslagen.");
        WebElement row = browser.findElement(By.cssSelector("tr[data-course='BRW-WP-1']"));
        assertThat(row.findElement(By.cssSelector("td.status")).getText()).isEqualTo("Gepubliceerd");
        assertThat(row.getText()).contains(TITLE, "mbo niveau 3", start.format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH)));
        assertAccessible("school course list");

        // 5. The public search finds it by a word of its title at once.
        search(TITLE_WORD.toLowerCase());
        assertThat(total()).isEqualTo("1 opleiding");
        assertThat(titles()).containsExactly(TITLE);

        // 6. Its page shows the run in Deventer and the skill the school ticked.
        click(By.linkText(TITLE));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), TITLE));
        assertThat(browser.findElements(By.cssSelector("tr.offering"))).singleElement()
                .satisfies(offering -> assertThat(offering.getText()).contains("Deventer"));
        assertThat(browser.findElements(By.cssSelector("ul.skills li")).stream().map(WebElement::getText))
                .containsExactly(HEAT_PUMP_SKILL);
    }

    @Test
    void aCsvWithOneBadRowImportsNothingAndShowsWhichLineIsWrong() throws IOException {
        // 1. From "Onze opleidingen" to the import page.
        click(navigation(), By.linkText("Onze opleidingen"));
        click(By.linkText("Importeren (CSV of OOAPI-JSON)"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Opleidingen importeren"));

        // 2. Upload three courses; the second (line 3 of the file) has a level that does not exist.
        String start = LocalDate.now().plusDays(60).toString();
        Path csv = Files.createTempFile("cursussen-", ".csv");
        Files.writeString(csv, String.join("\n",
                "course_code,title,description,level,start_date,municipality",
                "IMP-1,Zonneboilers " + REJECTED_WORD + ",Je plaatst zonneboilers op woningen.,COURSE," + start + ",Zutphen",
                "IMP-2,Isolatie " + REJECTED_WORD + ",Je isoleert spouwmuren en daken.,MBO-9," + start + ",Lochem",
                "IMP-3,Laadpalen " + REJECTED_WORD + ",Je installeert laadpalen bij bedrijven.,MBO-2," + start + ",Apeldoorn",
                ""), StandardCharsets.UTF_8);
        try {
            browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            click(button("Uploaden"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-heading")));
        } finally {
            Files.delete(csv);
        }

        // 3. Nothing imported; the problem is on line 3, column level, explained in Dutch.
        assertThat(browser.findElement(By.cssSelector(".import-result p.error")).getText())
                .startsWith("Er is niets geïmporteerd: het bestand bevat 1 fout.");
        assertThat(browser.findElements(By.cssSelector(".import-result p.notice"))).isEmpty();
        List<WebElement> problems = browser.findElements(By.cssSelector("table.problems tbody tr"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText))
                .containsExactly("3", "level", "Onbekend niveau MBO-9. Gebruik VMBO, HAVO, VWO, MBO-1 tot MBO-4, AD, "
                        + "BACHELOR, MASTER of COURSE.");
        WebElement download = browser.findElement(By.linkText("Download de fouten als CSV"));
        assertThat(download.getDomAttribute("href")).matches("/school/import/fouten/[0-9a-f-]+\\.csv");
        assertAccessible("import page with the problem report");

        // 4. All or nothing: the two good rows are not in the school's list, nor in search.
        click(navigation(), By.linkText("Onze opleidingen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Er zijn nog geen opleidingen."));
        search(REJECTED_WORD.toLowerCase());
        assertThat(total()).isEqualTo("Geen opleidingen");
        assertThat(titles()).isEmpty();
    }

    /** Searches from the home page, through the search box, as a visitor does. */
    private void search(String words) {
        click(By.cssSelector("header.site-header a.brand"));
        WebElement box = browser.findElement(By.cssSelector("form.search-form #q"));
        box.sendKeys(words, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/zoeken"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.total")));
    }
}
