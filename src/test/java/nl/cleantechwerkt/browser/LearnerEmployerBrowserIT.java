package nl.cleantechwerkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.learners.LearnerProfiles;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.CourseFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The acceptance test of issue 4, in a real browser: a learner registers, builds a profile with
 * skills suggested from what they have done and the target occupation "installateur
 * warmtepompen", consents, and gets course advice with the heat pump course first, explained;
 * an employer describes the organisation, posts a need from the same occupation, sees the
 * courses that teach its skills and the learner as a candidate without a name, and invites
 * them; the learner accepts, and only then the employer sees name and e-mail address.
 */
class LearnerEmployerBrowserIT extends BrowserTestBase {

    /** A word in no other test's courses or searches, so this test's courses are recognisable. */
    private static final String WORD = "Grutto";
    private static final String HEAT_PUMP_COURSE = "Warmtepompen installeren en in bedrijf stellen " + WORD;
    private static final String MEASURING_COURSE = "Meten en testen aan installaties " + WORD;
    private static final String HATTEM_COURSE = "Warmtepompen in Hattem " + WORD;
    private static final String OCCUPATION_TYPED = "installateur warmtepompen";
    private static final String OCCUPATION = "technicus koel-, lucht- en verwarmingstechniek";
    private static final String EXPERIENCE = "In de fabriek moest ik elektrische apparatuur onderhouden en elektrische "
            + "grootheden meten. Ik weet veel van elektriciteit en elektronica.";
    /** What the learner recognises among the suggestions and ticks: all essential to the occupation. */
    private static final List<String> TICKED = List.of("elektrische apparatuur onderhouden", "elektriciteit", "elektronica");

    private static final String LEARNER_NAME = "Fenna Grutto-Visser";
    private static final String LEARNER_EMAIL = "fenna.grutto@lerende.test";
    private static final String LEARNER_PASSWORD = "warmtepompen in Deventer";
    private static final String EMPLOYER_EMAIL = "werkplaats.grutto@bedrijf.test";
    private static final String EMPLOYER_PASSWORD = "vakmensen gezocht in Deventer";
    private static final String ORGANISATION = "Installatiebedrijf Grutto";
    private static final String NEED_TITLE = "Monteur warmtepompen " + WORD;
    private static final String MESSAGE = "Kom je kennismaken in onze werkplaats in Deventer?";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final String INSTALL_HEAT_PUMP = skill("00735755-adc6-4ea0-b034-b8caff339c9f");
    private static final String REFRIGERANTS = skill("0b95eb5d-f3eb-4387-a0bb-094a394196c7");
    private static final String TEST_TIGHTNESS = skill("bce60ecd-ceee-4dbd-b619-70c9789ec634");
    private static final String REFRIGERANT_PUMPS = skill("0654d206-36a6-4d37-bb98-eb8bd33af3c5");
    private static final String THERMODYNAMICS = skill("857e8624-4db0-4725-a758-5914bd8cc350");
    private static final String ELECTRICITY = skill("c8ac1986-38fa-43b2-89dc-50a4beeb420e");
    private static final String TEST_RUN = skill("465ff64a-1271-4064-8ed1-e969cb68d8b4");
    private static final String RECORD_TEST_DATA = skill("328733a7-6d84-420d-a65c-2a8014fadc60");

    @Autowired
    CourseRegistration registration;
    @Autowired
    Accounts accounts;
    @Autowired
    LearnerProfiles profiles;

    private LocalDate heatPumpStart;

    /** One provider's courses around Deventer: two within 15 km starting soon, one in Hattem (about 25 km). */
    @BeforeAll
    void publishCourses() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Vakschool " + WORD);
        heatPumpStart = LocalDate.now().plusDays(14);
        fixtures.course(provider, HEAT_PUMP_COURSE).level(Level.MBO_3).skill(INSTALL_HEAT_PUMP).skill(REFRIGERANTS)
                .skill(TEST_TIGHTNESS).skill(REFRIGERANT_PUMPS).skill(THERMODYNAMICS).skill(ELECTRICITY)
                .runIn("Zutphen", 14).publish();
        fixtures.course(provider, MEASURING_COURSE).skill(TEST_RUN).skill(RECORD_TEST_DATA).runIn("Deventer", 21).publish();
        fixtures.course(provider, HATTEM_COURSE).skill(INSTALL_HEAT_PUMP).skill(REFRIGERANTS).skill(TEST_TIGHTNESS)
                .skill(REFRIGERANT_PUMPS).skill(THERMODYNAMICS).runIn("Hattem", 10).publish();
    }

    @Test
    void aLearnerGetsExplainedAdviceAnEmployerInvitesThemAndTheyAccept() {
        learnerBuildsAProfileWithSuggestedSkills();
        learnerSeesExplainedCourseAdvice();
        employerPostsANeedAndInvitesTheCandidate();
        learnerAcceptsTheInvitation();
        employerSeesNameAndEmailAfterAcceptance();
    }

    private void learnerBuildsAProfileWithSuggestedSkills() {
        register("Lerende", LEARNER_NAME, LEARNER_EMAIL, LEARNER_PASSWORD);
        logIn(LEARNER_EMAIL, LEARNER_PASSWORD);

        click(navigation(), By.linkText("Mijn profiel"));
        assertThat(main().getText()).contains("Je hebt nog geen profiel.");
        click(By.linkText("Profiel invullen"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mijn profiel bewerken"));

        choose("Je situatie", "Werkzoekend");
        new Select(browser.findElement(By.id("educationLevel"))).selectByVisibleText("mbo niveau 3");
        browser.findElement(By.id("place")).sendKeys("Deventer");
        WebElement radius = browser.findElement(By.id("radiusKm"));
        radius.clear();
        radius.sendKeys("15");
        choose("Wanneer kun je leren?", "Overdag");
        choose("Wanneer kun je leren?", "Avond");
        choose("Hoeveel tijd heb je?", "Deeltijd");

        // What have you done: the form comes back with what was typed and suggestions, none ticked.
        browser.findElement(By.id("experience")).sendKeys(EXPERIENCE);
        click(button("Stel vaardigheden voor"));
        assertThat(browser.findElement(By.cssSelector(".skills-picker p.notice[role=status]")).getText())
                .contains("vaardigheden voorgesteld: vink aan wat klopt");
        assertThat(browser.findElement(By.id("place")).getDomProperty("value")).isEqualTo("Deventer");
        assertThat(browser.findElement(By.id("radiusKm")).getDomProperty("value")).isEqualTo("15");
        List<WebElement> suggested = browser.findElements(By.xpath("//tr[.//span[contains(@class,'tag')]]//input[@type='checkbox']"));
        assertThat(suggested).isNotEmpty().allSatisfy(box -> assertThat(box.isSelected())
                .as("a suggestion is never taken without the learner's tick").isFalse());
        assertThat(suggestionLabels()).containsAll(TICKED);
        assertAccessible("profile form with suggestions");
        TICKED.forEach(label -> skillCheckbox(label).click());

        // The target occupation, typed the way people say it, added by its button.
        browser.findElement(By.id("addOccupation")).sendKeys(OCCUPATION_TYPED);
        click(By.cssSelector("main button[value=addOccupation]"));
        WebElement occupation = browser.findElement(By.xpath("//fieldset[legend[normalize-space()='Beroepen waar je naartoe wilt']]"
                + "//label[span[normalize-space()='" + OCCUPATION + "']]/input"));
        assertThat(occupation.isSelected()).isTrue();
        TICKED.forEach(label -> assertThat(skillCheckbox(label).isSelected()).as(label + " stays ticked").isTrue());

        click(By.xpath("//main//button[normalize-space()='Profiel opslaan' and not(@aria-hidden)]"));
        wait.until(ExpectedConditions.urlContains("/profiel?opgeslagen"));
        String overview = main().getText();
        assertThat(overview).contains("Je profiel is opgeslagen.", "Werkzoekend", "mbo niveau 3", "Deventer, tot 15 km reizen",
                "Overdag, Avond", OCCUPATION, "Werkgevers kunnen je profiel nu niet zien.");
        assertThat(browser.findElements(By.cssSelector("main table.offerings tbody td:first-child")).stream()
                .map(WebElement::getText)).containsExactlyInAnyOrderElementsOf(TICKED);

        // Consent: employers may now find the profile, without the name.
        click(button("Toestemming geven"));
        wait.until(ExpectedConditions.urlContains("toestemming=gegeven"));
        assertThat(main().getText()).contains("Je hebt toestemming gegeven: werkgevers kunnen je profiel nu zonder je naam vinden.");
    }

    private void learnerSeesExplainedCourseAdvice() {
        click(navigation(), By.linkText("Mijn advies"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Jouw opleidingsadvies"));
        WebElement advice = browser.findElement(By.cssSelector("section.advice"));
        assertThat(advice.findElement(By.tagName("h2")).getText()).isEqualTo("Op weg naar: " + OCCUPATION);

        List<WebElement> cards = advice.findElements(By.cssSelector("li.match"));
        assertThat(cards).isNotEmpty();
        assertThat(cards.stream().map(card -> card.findElement(By.cssSelector(".hit-title")).getText()))
                .as("within 15 km of Deventer only").contains(MEASURING_COURSE).doesNotContain(HATTEM_COURSE);
        WebElement first = cards.get(0);
        assertThat(first.findElement(By.cssSelector(".hit-title")).getText()).isEqualTo(HEAT_PUMP_COURSE);
        assertThat(first.findElement(By.cssSelector("p.reason")).getText())
                .startsWith("Leert je 5 van de").contains("vaardigheden die je mist").contains("In Zutphen");
        assertThat(first.findElements(By.cssSelector("ul.covers li")).stream().map(WebElement::getText))
                .as("what it teaches of the gap, not what the learner has").contains("warmtepompen installeren", "koudemiddelen")
                .doesNotContain("elektriciteit").hasSize(5);
        assertThat(fact(first, "Waar")).matches("Zutphen, \\d+,\\d km van Deventer");
        assertThat(fact(first, "Start")).startsWith(heatPumpStart.format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH)));
        assertThat(fact(first, "Waarom op deze plek")).startsWith("Score ");
        assertAccessible("course advice");
    }

    private void employerPostsANeedAndInvitesTheCandidate() {
        logOut();
        register("Werkgever", "Joost Werkplaats", EMPLOYER_EMAIL, EMPLOYER_PASSWORD);
        logIn(EMPLOYER_EMAIL, EMPLOYER_PASSWORD);

        // First the organisation, then the need.
        click(navigation(), By.linkText("Onze behoeften"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Onze organisatie"));
        browser.findElement(By.id("name")).sendKeys(ORGANISATION);
        browser.findElement(By.id("kvkNumber")).sendKeys("8765 4321");
        browser.findElement(By.id("municipality")).sendKeys("Deventer");
        new Select(browser.findElement(By.id("sector"))).selectByVisibleText("Installatietechniek");
        click(button("Organisatie aanmaken"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Behoeften van " + ORGANISATION));
        assertThat(main().getText()).contains("Jullie organisatie is opgeslagen.", "Nog geen behoeften geplaatst.");
        click(By.linkText("Nieuwe behoefte"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Nieuwe behoefte"));

        choose("Soort", "BBL-leerwerkplek");
        browser.findElement(By.id("occupation")).sendKeys(OCCUPATION_TYPED);
        // htmx swaps the form in place: wait for the occupation's essential skills as musts.
        browser.findElement(button("Vaardigheden van dit beroep overnemen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(needSkill(INSTALL_HEAT_PUMP)));
        assertThat(browser.findElement(By.id("occupation")).getDomProperty("value")).isEqualTo(OCCUPATION);
        assertThat(browser.findElements(By.cssSelector("li[data-skill] input[value=MUST]")))
                .hasSizeGreaterThan(10).allSatisfy(must -> assertThat(must.isSelected()).isTrue());
        assertThat(browser.findElement(By.id("place")).getDomProperty("value")).as("the organisation's place").isEqualTo("Deventer");
        WebElement title = browser.findElement(By.id("title"));
        assertThat(title.getDomProperty("value")).as("title from the occupation").isEqualToIgnoringCase(OCCUPATION);
        title.clear();
        title.sendKeys(NEED_TITLE);
        browser.findElement(needSkill(THERMODYNAMICS)).findElement(By.cssSelector("input[value=NICE]")).click();
        WebElement people = browser.findElement(By.id("peopleCount"));
        people.clear();
        people.sendKeys("2");
        typeDate(browser.findElement(By.id("startDate")), LocalDate.now().plusMonths(2));
        click(button("Opslaan"));
        wait.until(ExpectedConditions.urlContains("?opgeslagen"));
        assertThat(main().getText()).contains("De behoefte is opgeslagen.", NEED_TITLE, "BBL-leerwerkplek");
        assertThat(browser.findElement(By.xpath("//main//dt[normalize-space()='Aantal mensen']/following-sibling::dd[1]")).getText())
                .isEqualTo("2");

        // The matches, which htmx loads into the need's page: courses that teach its skills, the learner without a name.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("need-matches")));
        WebElement course = browser.findElement(By.xpath(
                "//section[@id='need-courses']//li[contains(@class,'match')][.//h3[normalize-space()='" + HEAT_PUMP_COURSE + "']]"));
        assertThat(course.findElement(By.cssSelector("p.reason")).getText()).startsWith("Leert 6 van de")
                .contains("gevraagde vaardigheden");
        assertThat(course.findElements(By.cssSelector("ul.covers li")).stream().map(WebElement::getText))
                .as("what it teaches of the need's skills").contains("warmtepompen installeren", "elektriciteit", "thermodynamica");
        assertThat(fact(course, "Leert (6)")).isNotEmpty();
        assertThat(fact(course, "Waarom op deze plek")).startsWith("Score ").contains("deel van de gevraagde vaardigheden");
        WebElement candidate = candidateCard();
        assertThat(candidate.getText()).contains("Werkzoekend", "mbo niveau 3", "Deventer", OCCUPATION, "elektriciteit")
                .doesNotContain(LEARNER_NAME).doesNotContain(LEARNER_EMAIL);
        assertThat(candidate.findElement(By.cssSelector("p.reason")).getText()).startsWith("Heeft ");
        assertThat(browser.getPageSource()).doesNotContain(LEARNER_NAME).doesNotContain(LEARNER_EMAIL);
        assertAccessible("need with its matches");

        candidate.findElement(By.tagName("textarea")).sendKeys(MESSAGE);
        click(candidate, By.xpath(".//button[normalize-space()='Uitnodigen']"));
        wait.until(ExpectedConditions.urlContains("/koppelingen?uitgenodigd="));
        assertThat(main().getText()).contains("De uitnodiging is verstuurd.");
        assertThat(candidateCard().findElement(By.cssSelector("p.status")).getText()).isEqualTo("Uitgenodigd; wacht op antwoord.");
        assertThat(browser.getPageSource()).as("no name before the learner accepts")
                .doesNotContain(LEARNER_NAME).doesNotContain(LEARNER_EMAIL);
        assertAccessible("need matches page");
    }

    private void learnerAcceptsTheInvitation() {
        logOut();
        logIn(LEARNER_EMAIL, LEARNER_PASSWORD);
        assertThat(browser.findElement(By.cssSelector("header.site-header a[href='/meldingen'] .badge")).getText()).isEqualTo("1");
        click(navigation(), By.cssSelector("a[href='/meldingen']"));
        click(By.linkText(ORGANISATION + " nodigt je uit voor " + NEED_TITLE + "."));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Uitnodigingen van werkgevers"));

        WebElement invitation = browser.findElement(By.cssSelector("li.invitation[data-status=INVITED]"));
        assertThat(invitation.findElement(By.tagName("h2")).getText()).isEqualTo(ORGANISATION + " nodigt je uit voor: " + NEED_TITLE);
        assertThat(invitation.findElement(By.tagName("blockquote")).getText()).isEqualTo(MESSAGE);
        assertAccessible("invitations");
        click(invitation, By.xpath(".//button[normalize-space()='Accepteren en mijn naam en e-mailadres delen']"));
        wait.until(ExpectedConditions.urlContains("geaccepteerd="));
        assertThat(main().getText()).contains("Je hebt de uitnodiging geaccepteerd.");
        assertThat(browser.findElement(By.cssSelector("li.invitation p.status")).getText())
                .isEqualTo("Je hebt geaccepteerd; de werkgever heeft je naam en e-mailadres.");
    }

    private void employerSeesNameAndEmailAfterAcceptance() {
        logOut();
        logIn(EMPLOYER_EMAIL, EMPLOYER_PASSWORD);
        click(navigation(), By.cssSelector("a[href='/meldingen']"));
        click(By.linkText("Een kandidaat heeft je uitnodiging voor " + NEED_TITLE + " geaccepteerd."));
        wait.until(ExpectedConditions.urlContains("/koppelingen"));
        WebElement contact = browser.findElement(By.cssSelector("ul.contacts li.contact"));
        assertThat(contact.getText()).contains(LEARNER_NAME, LEARNER_EMAIL);
        assertThat(contact.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("mailto:" + LEARNER_EMAIL);
        WebElement accepted = candidateCard();
        assertThat(accepted.findElement(By.cssSelector("p.status")).getText()).isEqualTo("Heeft je uitnodiging geaccepteerd.");
        assertThat(accepted.findElement(By.cssSelector("p.contact")).getText()).isEqualTo(LEARNER_NAME + " · " + LEARNER_EMAIL);
    }

    /** Registers through the registration page; the browser is logged out first. */
    private void register(String role, String name, String email, String password) {
        browser.get(url("/registreren"));
        browser.findElement(By.xpath("//label[span[normalize-space()='" + role + "']]")).click();
        browser.findElement(By.id("displayName")).sendKeys(name);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("passwordConfirm")).sendKeys(password);
        click(button("Account maken"));
        wait.until(ExpectedConditions.urlContains("/inloggen"));
    }

    private void logOut() {
        click(navigation(), By.xpath(".//button[normalize-space()='Uitloggen']"));
        assertThat(navigation().getText()).contains("Inloggen");
    }

    /** Ticks or chooses an option of a group of radio buttons or checkboxes, by its label, as a person clicks it. */
    private void choose(String legend, String label) {
        browser.findElement(By.xpath("//main//fieldset[legend[normalize-space()='" + legend + "']]"
                + "//label[span[normalize-space()='" + label + "']]")).click();
    }

    private List<String> suggestionLabels() {
        return browser.findElements(By.xpath("//tr[.//span[contains(@class,'tag')]]//label/span")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement skillCheckbox(String label) {
        return browser.findElement(By.xpath("//fieldset[contains(@class,'skills-picker')]//label[span[normalize-space()='"
                + label + "']]/input[@type='checkbox']"));
    }

    private static By needSkill(String uri) {
        return By.cssSelector("li[data-skill='" + uri + "']");
    }

    /** The card of this test's learner, by its profile reference (it shows no name). */
    private WebElement candidateCard() {
        long userId = accounts.find(LEARNER_EMAIL).orElseThrow().id();
        return browser.findElement(By.id("kandidaat-" + profiles.ownProfile(userId).orElseThrow().profileId()));
    }

    /** The value of a fact on a match card, by its term. */
    private static String fact(WebElement card, String term) {
        return card.findElement(By.xpath(".//dt[normalize-space()='" + term + "']/following-sibling::dd[1]")).getText();
    }

    private WebElement main() {
        return browser.findElement(By.id("main"));
    }

    private static String skill(String id) {
        return "http://data.europa.eu/esco/skill/" + id;
    }
}
