package nl.cleantechwerkt.matching;

import static nl.cleantechwerkt.matching.HeatPumpFixture.BASIC_ELECTRICAL;
import static nl.cleantechwerkt.matching.HeatPumpFixture.OCCUPATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** "Wat past bij mij?" as a person without an account uses it: plain GET forms, no JavaScript needed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickMatchPageTest extends IntegrationTest {

    @Autowired
    CourseRegistration registration;

    HeatPumpFixture courses;

    @BeforeAll
    void publishCourses() {
        courses = new HeatPumpFixture(registration, "Paginaschool Warmte");
    }

    @Test
    void thePageAsksForAnOccupationAndIsInTheMenu() {
        HttpResponse<String> page = get("/wat-past-bij-mij");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Wat past bij mij?</h1>").contains("<label for=\"occupation\"")
                .contains("href=\"/wat-past-bij-mij\"").doesNotContain("name=\"skills\"");
        assertThat(get("/").body()).contains("href=\"/wat-past-bij-mij\"");
    }

    @Test
    void typingAnAlternativeLabelOffersTheOccupationAndItsSkillsAsCheckboxes() {
        String body = get("/wat-past-bij-mij?occupation=" + enc("installateur warmtepompen")).body();
        // Either resolved straight away (its skills are offered) or offered as one of a few choices.
        assertThat(body).contains(OCCUPATION.substring(OCCUPATION.lastIndexOf('/') + 1));
        String chosen = get("/wat-past-bij-mij?occupation=" + enc(OCCUPATION)).body();
        assertThat(chosen).contains("technicus koel-, lucht- en verwarmingstechniek")
                .contains("value=\"00735755-adc6-4ea0-b034-b8caff339c9f\"")
                .contains("warmtepompen installeren")
                .contains("Nodig voor dit beroep (34)").contains("Handig voor dit beroep (7)")
                .doesNotContain("id=\"match-results\"");
    }

    @Test
    void anUnknownOccupationSaysSo() {
        String body = get("/wat-past-bij-mij?occupation=" + enc("astronautenkok")).body();
        assertThat(body).contains("We vinden geen beroep bij").contains("astronautenkok");
    }

    @Test
    void resultsShowTheGapAndHeatPumpCoursesFirstWithTheirReasons() {
        HttpResponse<String> page = get(resultsUrl("Deventer", "15", "MBO-2"));
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Je mist 29 van de 34 vaardigheden die nodig zijn en 7 van de 7 die handig zijn.")
                .contains("Leert je 4 van de 36 vaardigheden die je mist, waaronder")
                .contains("checked");
        int zutphen = body.indexOf("Warmtepompen installeren en in bedrijf stellen");
        int online = body.indexOf("Warmtepomptechniek op afstand");
        int measuring = body.indexOf("Meten en testen in de installatietechniek");
        assertThat(zutphen).isPositive().isLessThan(online);
        assertThat(online).isLessThan(measuring);
        assertThat(body).doesNotContain("Warmtepompen in Hattem").doesNotContain("Warmtepompen, al begonnen")
                .doesNotContain("Stroom en spanning voor beginners").doesNotContain("Warmtepompen voor gevorderden");
    }

    @Test
    void resultsSpeakEnglishOnRequest() {
        String body = get(resultsUrl("Deventer", "15", "") + "&lang=en").body();
        assertThat(body).contains("<html lang=\"en\"").contains("What you still miss")
                .contains("Teaches you 4 of the 36 skills you miss, including");
    }

    @Test
    void anUnknownPlaceIsA400WithTheReasonOnThePage() {
        HttpResponse<String> page = get(resultsUrl("Atlantis", "15", ""));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("We kennen geen gemeente, plaats of postcode").contains("aria-invalid=\"true\"");
    }

    @Test
    void occupationSuggestionsAreLinksThatPickTheOccupation() {
        String body = get("/wat-past-bij-mij/beroepen?occupation=" + enc("warmtepomp")).body();
        assertThat(body).startsWith("<ul class=\"pill-list\">")
                .contains("8234eee9-1647-460d-8d62-7fe02cb884b0\">technicus koel-, lucht- en verwarmingstechniek</a>");
        assertThat(get("/wat-past-bij-mij/beroepen").body()).doesNotContain("<li>");
    }

    @Test
    void everyStepCarriesTheStrictCspAndNoInlineCodeItWouldBlock() {
        for (String path : java.util.List.of("/wat-past-bij-mij", "/wat-past-bij-mij?occupation=elektro",
                resultsUrl("Deventer", "15", "MBO-2"))) {
            HttpResponse<String> page = get(path);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).as(path).contains("script-src 'self';");
            assertThat(page.body()).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style")
                    .doesNotContain(" style=\"").doesNotContain(" onclick=");
        }
    }

    private static String resultsUrl(String near, String radius, String level) {
        String skills = BASIC_ELECTRICAL.stream().map(uri -> "skills=" + uri.substring(uri.lastIndexOf('/') + 1))
                .collect(Collectors.joining("&"));
        return "/wat-past-bij-mij?show=true&occupation=" + enc(OCCUPATION) + "&" + skills + "&near=" + enc(near) + "&radiusKm="
                + radius + "&level=" + level;
    }
}
