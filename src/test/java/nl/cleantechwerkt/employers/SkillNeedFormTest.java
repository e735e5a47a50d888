package nl.cleantechwerkt.employers;

import static nl.cleantechwerkt.employers.NeedFixtures.HEATING_TECHNICIAN;
import static nl.cleantechwerkt.employers.NeedFixtures.INSTALL_HEAT_PUMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.support.EmployerLogins;
import nl.cleantechwerkt.support.EmployerLogins.Employer;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An employer writes a need in the form, without JavaScript: an occupation brings its essential
 * skills as musts, each skill can be switched to nice or removed, and every wrong field is named.
 */
class SkillNeedFormTest extends IntegrationTest {

    private static final String FORM = "/werkgever/behoeften/nieuw";
    private static final String SAVE = "/werkgever/behoeften/opslaan";

    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    SkillCatalog skillCatalog;

    private Employer employer() {
        return EmployerLogins.newEmployer(accounts, employers, port);
    }

    private static Map<String, String> need(String title, String... skillsAndImportance) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "VACANCY");
        f.put("title", title);
        f.put("occupation", "");
        f.put("peopleCount", "2");
        f.put("place", "Apeldoorn");
        f.put("startDate", LocalDate.now().plusDays(45).toString());
        f.put("deadline", LocalDate.now().plusDays(21).toString());
        f.put("addSkill", "");
        for (int i = 0; i < skillsAndImportance.length; i += 2) {
            f.put("skills[" + (i / 2) + "].uri", skillsAndImportance[i]);
            f.put("skills[" + (i / 2) + "].importance", skillsAndImportance[i + 1]);
        }
        return f;
    }

    private static Map<String, String> with(Map<String, String> form, String... keyValues) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put(keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    /** The importance the form shows as chosen for a skill, or null when the skill is not on the form. */
    private static String chosen(String page, String uri) {
        var row = Pattern.compile("<li data-skill=\"" + Pattern.quote(uri) + "\">(.*?)</li>", Pattern.DOTALL).matcher(page);
        if (!row.find()) {
            return null;
        }
        var checked = Pattern.compile("value=\"(MUST|NICE)\" checked").matcher(row.group(1));
        return checked.find() ? checked.group(1) : "none";
    }

    private static long savedId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("?opgeslagen");
        return Long.parseLong(location.replaceAll(".*/werkgever/behoeften/(\\d+)\\?.*", "$1"));
    }

    @Test
    void choosingAnOccupationTakesOverItsEssentialSkillsAsMusts() {
        Employer employer = employer();
        List<String> essential = skillCatalog.occupation(HEATING_TECHNICIAN).orElseThrow().essentialSkills();
        assertThat(essential).isNotEmpty();
        assertThat(employer.session().get(FORM).body()).as("the place starts as the organisation's")
                .contains("value=\"Deventer\"");

        String page = employer.session().submit(FORM, SAVE, with(need(""), "occupation", "Verwarmingsmonteur", "action", "occupation"))
                .body();
        for (String uri : essential) {
            assertThat(chosen(page, uri)).as(uri).isEqualTo("MUST");
        }
        assertThat(page).as("title from the occupation").contains("value=\"Verwarmingsmonteur\"");
        assertThat(page).contains("Vaardigheden van dit beroep overnemen").contains("hx-post=\"/werkgever/behoeften/opslaan\"");

        String english = employer.session().submit(FORM, SAVE + "?lang=en",
                with(need("Heating technician wanted"), "occupation", "heating technician", "action", "occupation")).body();
        assertThat(chosen(english, essential.get(0))).isEqualTo("MUST");
        assertThat(english).contains("value=\"Heating technician wanted\"").contains("Take over the skills of this occupation");

        String unknown = employer.session().submit(FORM, SAVE + "?lang=nl",
                with(need(""), "occupation", "astronaut", "action", "occupation")).body();
        assertThat(unknown).contains("We kennen geen beroep astronaut.");

        long id = savedId(employer.session().submit(FORM, SAVE,
                with(need("Verwarmingsmonteur", essential.get(0), "MUST"), "occupation", "verwarmingsmonteur", "action", "save")));
        assertThat(needs.need(id).orElseThrow().occupationUri()).isEqualTo(HEATING_TECHNICIAN);
    }

    @Test
    void anOccupationIsFoundByWhatPeopleCallIt() {
        Employer employer = employer();
        String heatPumpTechnician = "http://data.europa.eu/esco/occupation/8234eee9-1647-460d-8d62-7fe02cb884b0";
        String page = employer.session().submit(FORM, SAVE,
                with(need(""), "occupation", "installateur warmtepompen", "action", "occupation")).body();
        assertThat(page).contains("value=\"technicus koel-, lucht- en verwarmingstechniek\"");
        for (String uri : skillCatalog.occupation(heatPumpTechnician).orElseThrow().essentialSkills()) {
            assertThat(chosen(page, uri)).as(uri).isEqualTo("MUST");
        }
        assertThat(employer.session().get("/werkgever/beroepen?occupation=installateur+warmtepompen").body())
                .contains("<option value=\"technicus koel-, lucht- en verwarmingstechniek\">");
    }

    @Test
    void skillsAreSwitchedBetweenMustAndNiceAddedAndRemoved() {
        Employer employer = employer();
        List<String> essential = skillCatalog.occupation(HEATING_TECHNICIAN).orElseThrow().essentialSkills();
        String a = essential.get(0);
        String b = essential.get(1);
        String c = essential.get(2);
        Map<String, String> form = need("Monteur met wisselende eisen", a, "MUST", b, "NICE", c, "MUST");

        String removed = employer.session().submit(FORM, SAVE, with(form, "action", "remove:" + c)).body();
        assertThat(chosen(removed, a)).isEqualTo("MUST");
        assertThat(chosen(removed, b)).isEqualTo("NICE");
        assertThat(chosen(removed, c)).isNull();

        String added = employer.session().submit(FORM, SAVE,
                with(need("Monteur met wisselende eisen", a, "MUST", b, "NICE"), "addSkill", "warmtepompen installeren",
                        "action", "addSkill")).body();
        assertThat(chosen(added, INSTALL_HEAT_PUMP)).isEqualTo("MUST");
        String notASkill = employer.session().submit(FORM, SAVE, with(form, "addSkill", "toveren", "action", "addSkill")).body();
        assertThat(notASkill).contains("Geen vaardigheid gevonden met de naam toveren.");

        long id = savedId(employer.session().submit(FORM, SAVE,
                with(need("Monteur met wisselende eisen", a, "MUST", b, "NICE", INSTALL_HEAT_PUMP, "NICE"), "action", "save")));
        SkillNeedView saved = needs.need(id).orElseThrow();
        assertThat(saved.mustSkills()).containsExactly(a);
        assertThat(saved.niceSkills()).containsExactlyInAnyOrder(b, INSTALL_HEAT_PUMP);
        String needPage = employer.session().get("/werkgever/behoeften/" + id + "?opgeslagen").body();
        assertThat(needPage).contains("De behoefte is opgeslagen.").contains("Passende opleidingen en kandidaten")
                .contains("Bekijk de opleidingen die deze vaardigheden aanleren").contains("warmtepompen installeren");
        assertThat(needPage.substring(needPage.indexOf("data-importance=\"NICE\""))).contains("data-skill=\"" + b + "\"");

        String edit = employer.session().get("/werkgever/behoeften/" + id + "/bewerken").body();
        assertThat(chosen(edit, a)).isEqualTo("MUST");
        assertThat(chosen(edit, b)).isEqualTo("NICE");
        savedId(employer.session().submit("/werkgever/behoeften/" + id + "/bewerken", SAVE,
                with(need("Monteur met wisselende eisen", a, "NICE", b, "MUST"), "id", String.valueOf(id), "action", "save")));
        SkillNeedView switched = needs.need(id).orElseThrow();
        assertThat(switched.mustSkills()).containsExactly(b);
        assertThat(switched.niceSkills()).containsExactly(a);
        assertThat(employer.session().get("/werkgever/behoeften").body()).contains("Monteur met wisselende eisen")
                .contains("Vacature").contains("Open");
    }

    @Test
    void everyWrongFieldIsNamedInDutchAndInEnglishAndNothingIsSaved() {
        Employer employer = employer();
        Map<String, String> wrong = with(need(" ", INSTALL_HEAT_PUMP, "NICE"), "kind", "", "peopleCount", "0",
                "place", "Atlantis", "startDate", LocalDate.now().toString(), "deadline", LocalDate.now().minusDays(1).toString(),
                "action", "save");
        HttpResponse<String> dutch = employer.session().submit(FORM, SAVE, wrong);
        assertThat(dutch.statusCode()).isEqualTo(200);
        assertThat(dutch.body()).contains("Kies wat voor behoefte het is.").contains("Vul de titel in.")
                .contains("Vul een aantal van 1 tot en met 1.000 in.").contains("We kennen geen plaats, gemeente of postcode Atlantis.")
                .contains("De start moet na vandaag liggen.").contains("De einddatum ligt in het verleden.")
                .contains("Geef minstens één vaardigheid aan die de kandidaat moet hebben.")
                .contains("aria-invalid=\"true\"");
        String notNumbers = employer.session().submit(FORM, SAVE,
                with(wrong, "peopleCount", "veel", "startDate", "morgen", "title", "x".repeat(201))).body();
        assertThat(notNumbers).contains("Vul een heel getal in.").contains("Vul een datum in als 2027-02-01.")
                .contains("Gebruik hoogstens 200 tekens.").doesNotContain("Vul in hoeveel mensen jullie zoeken.");

        String english = employer.session().submit(FORM, SAVE + "?lang=en", wrong).body();
        assertThat(english).contains("Please choose what kind of need it is.").contains("Please enter the title.")
                .contains("Please enter a number from 1 to 1,000.").contains("We know no place, municipality or postcode Atlantis.")
                .contains("The start must be after today.").contains("The end date is in the past.")
                .contains("Mark at least one skill the candidate must have.");

        long employerId = employers.organisationOf(employer.userId()).orElseThrow().id();
        assertThat(needs.needsOf(employerId)).isEmpty();
    }

    @Test
    void autocompleteOffersOccupationsAndSkillsInThePagesLanguage() {
        Employer employer = employer();
        assertThat(employer.session().get("/werkgever/beroepen?occupation=verwarmingsm").body())
                .contains("<option value=\"verwarmingsmonteur\">");
        assertThat(employer.session().get("/werkgever/beroepen?occupation=heating&lang=en").body())
                .contains("<option value=\"heating technician\">");
        assertThat(employer.session().get("/werkgever/vaardigheden?addSkill=warmtepomp&lang=nl").body())
                .contains("<option value=\"warmtepompen installeren\">");
    }
}
