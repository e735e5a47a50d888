package nl.cleantechwerkt.learners;

import static nl.cleantechwerkt.learners.LearnerFixtures.FORM_PAGE;
import static nl.cleantechwerkt.learners.LearnerFixtures.HEATING_FITTER;
import static nl.cleantechwerkt.learners.LearnerFixtures.HEAT_PUMP_SKILL;
import static nl.cleantechwerkt.learners.LearnerFixtures.SAVE;
import static nl.cleantechwerkt.learners.LearnerFixtures.newLearner;
import static nl.cleantechwerkt.learners.LearnerFixtures.validProfile;
import static nl.cleantechwerkt.learners.LearnerFixtures.with;
import static nl.cleantechwerkt.learners.LearnerFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.learners.LearnerFixtures.Learner;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.skills.SkillSuggester;
import nl.cleantechwerkt.skills.SkillView;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner fills in, checks and changes their profile through the pages. */
class LearnerProfilePagesTest extends IntegrationTest {

    private static final String EXPERIENCE = "In mijn vorige baan moest ik zonneboilers installeren, elektrische apparatuur "
            + "onderhouden en isolatiestrips aanbrengen.";

    @Autowired
    Accounts accounts;
    @Autowired
    LearnerProfiles profiles;
    @Autowired
    SkillSuggester skillSuggester;

    @Test
    void aLearnerWithoutAProfileIsInvitedToFillOneIn() {
        Learner learner = newLearner(accounts, port);
        String page = learner.session().get("/profiel").body();
        assertThat(page).contains("Je hebt nog geen profiel.").contains("href=\"/profiel/bewerken\"")
                .contains("href=\"/profiel\"");
        assertThat(profiles.ownProfile(learner.userId())).isEmpty();
    }

    @Test
    void aProfileGoesRoundTripThroughTheForm() {
        Learner learner = newLearner(accounts, port);
        // Skill and occupation picked by their label, as the autocomplete offers them.
        Map<String, String> typed = with(without(validProfile(), "skills[0].uri", "skills[0].level", "skills[0].evidence",
                "skills[0].keep", "occupations"), "addSkill", "warmtepompen installeren", "action", "addSkill");
        String added = learner.session().submit(FORM_PAGE, SAVE, typed).body();
        assertThat(added).contains("value=\"" + HEAT_PUMP_SKILL + "\"").contains("warmtepompen installeren")
                .containsPattern("name=\"skills\\[0\\]\\.keep\" value=\"true\" checked");
        String withOccupation = learner.session().submit(FORM_PAGE, SAVE,
                with(typed, "addSkill", "", "addOccupation", "verwarmingsmonteur", "action", "addOccupation")).body();
        assertThat(withOccupation).contains("value=\"" + HEATING_FITTER + "\" checked");

        HttpResponse<String> saved = learner.session().submit(FORM_PAGE, SAVE, validProfile());
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/profiel?opgeslagen=");

        LearnerProfileView p = profiles.ownProfile(learner.userId()).orElseThrow();
        assertThat(p.status()).isEqualTo(LearnerStatus.JOB_SEEKER);
        assertThat(p.educationLevel()).isEqualTo(Level.MBO_3);
        assertThat(p.place()).isEqualTo("Twello");
        assertThat(p.municipalityCode()).isEqualTo("GM0285");
        assertThat(p.hasLocation()).isTrue();
        assertThat(p.radiusKm()).isEqualTo(30);
        assertThat(p.schedules()).containsExactly(Schedule.EVENING, Schedule.WEEKEND);
        assertThat(p.workload()).isEqualTo(Workload.PART_TIME);
        assertThat(p.budgetEur()).isEqualTo(1500);
        assertThat(p.modes()).containsExactly(CourseMode.BBL, CourseMode.ONLINE);
        assertThat(p.skills()).containsExactly(new ProfileSkill(HEAT_PUMP_SKILL, SkillLevel.GOOD, Evidence.CERTIFICATE));
        assertThat(p.targetOccupations()).containsExactly(HEATING_FITTER);
        assertThat(p.consent()).as("private by default").isFalse();

        String overview = learner.session().get("/profiel?opgeslagen").body();
        assertThat(overview).contains("Je profiel is opgeslagen.").contains("Werkzoekend").contains("mbo niveau 3")
                .contains("Twello (Voorst), tot 30 km reizen").contains("Avond, Weekend").contains("Deeltijd")
                .contains("€ 1.500").contains("warmtepompen installeren").contains("Goed").contains("Certificaat")
                .contains("verwarmingsmonteur").contains("Werkgevers kunnen je profiel nu niet zien.");

        String edit = learner.session().get(FORM_PAGE).body();
        assertThat(edit).contains("value=\"Twello\"").contains("value=\"30\"").contains("value=\"1500\"")
                .containsPattern("value=\"JOB_SEEKER\"[^>]*checked").containsPattern("value=\"EVENING\"[^>]*checked")
                .containsPattern("value=\"GOOD\" selected").containsPattern("value=\"CERTIFICATE\" selected")
                .doesNotContainPattern("value=\"DAY\"[^>]*checked");

        // Unticking removes: the skill goes, the rest changes.
        learner.session().submit(FORM_PAGE, SAVE, with(without(validProfile(), "skills[0].keep", "occupations"),
                "place", "7411", "status", "EMPLOYED", "schedules", "DAY"));
        LearnerProfileView changed = profiles.ownProfile(learner.userId()).orElseThrow();
        assertThat(changed.skills()).isEmpty();
        assertThat(changed.targetOccupations()).isEmpty();
        assertThat(changed.place()).isEqualTo("7411");
        assertThat(changed.status()).isEqualTo(LearnerStatus.EMPLOYED);
        assertThat(changed.schedules()).containsExactly(Schedule.DAY);
    }

    @Test
    void everyWrongFieldIsNamedAtItsFieldAndNothingIsSaved() {
        Learner learner = newLearner(accounts, port);
        HttpResponse<String> response = learner.session().submit(FORM_PAGE, SAVE, with(validProfile(),
                "status", "", "place", "Atlantis", "radiusKm", "500", "budgetEur", "veel", "skills[0].level", "MEESTER",
                "addSkill", "gedachten lezen", "addOccupation", "astronaut op Mars"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Controleer de gemarkeerde velden.")
                .contains("Kies je situatie.")
                .contains("We kennen Atlantis niet.")
                .contains("Vul een afstand in hele kilometers in, van 1 tot en met 200.")
                .contains("Vul een heel bedrag in euro in, van 0 tot en met 100.000.")
                .contains("Kies je niveau.")
                .contains("We kennen de vaardigheid gedachten lezen niet.")
                .contains("We kennen het beroep astronaut op Mars niet.")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"Atlantis\"");
        assertThat(profiles.ownProfile(learner.userId())).isEmpty();

        String english = learner.session().submit(FORM_PAGE + "?lang=en", SAVE + "?lang=en",
                with(validProfile(), "radiusKm", "")).body();
        assertThat(english).contains("Enter a distance in whole kilometres, from 1 to 200.");
        assertThat(profiles.ownProfile(learner.userId())).isEmpty();
    }

    @Test
    void suggestedSkillsAreOnlyAddedWhenTicked() {
        Learner learner = newLearner(accounts, port);
        List<String> expected = skillSuggester.suggest(EXPERIENCE, 12).stream().map(SkillView::uri)
                .filter(uri -> !uri.equals(HEAT_PUMP_SKILL)).toList();
        assertThat(expected).as("the text names skills of the taxonomy").isNotEmpty();

        Map<String, String> form = with(validProfile(), "experience", EXPERIENCE, "action", "suggest");
        String page = learner.session().submit(FORM_PAGE, SAVE, form).body();
        assertThat(page).contains("voorgesteld: vink aan wat klopt");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(page).contains("value=\"" + expected.get(i) + "\"")
                    .containsPattern("name=\"skills\\[" + (i + 1) + "\\]\\.keep\" value=\"true\">");
        }

        // Saving with the suggestions on the page but none ticked adds nothing.
        Map<String, String> unticked = with(form, "action", "save");
        for (int i = 0; i < expected.size(); i++) {
            unticked.put("skills[" + (i + 1) + "].uri", expected.get(i));
            unticked.put("skills[" + (i + 1) + "].level", "BASIC");
            unticked.put("skills[" + (i + 1) + "].evidence", "EXPERIENCE");
            unticked.put("skills[" + (i + 1) + "].suggested", "true");
        }
        learner.session().submit(FORM_PAGE, SAVE, unticked);
        assertThat(profiles.ownProfile(learner.userId()).orElseThrow().skills()).extracting(ProfileSkill::skillUri)
                .containsExactly(HEAT_PUMP_SKILL);

        // Ticking one adds exactly that one.
        learner.session().submit(FORM_PAGE, SAVE, with(unticked, "skills[1].keep", "true"));
        assertThat(profiles.ownProfile(learner.userId()).orElseThrow().skills()).extracting(ProfileSkill::skillUri)
                .containsExactlyInAnyOrder(HEAT_PUMP_SKILL, expected.get(0));
    }

    @Test
    void anEmptyTextAsksForTextInsteadOfSuggesting() {
        Learner learner = newLearner(accounts, port);
        String page = learner.session().submit(FORM_PAGE, SAVE, with(validProfile(), "action", "suggest")).body();
        assertThat(page).contains("Schrijf eerst wat je hebt gedaan");
    }

    @Test
    void anOccupationIsFoundByWhatPeopleCallIt() {
        Learner learner = newLearner(accounts, port);
        String heatPumpTechnician = "http://data.europa.eu/esco/occupation/8234eee9-1647-460d-8d62-7fe02cb884b0";
        String page = learner.session().submit(FORM_PAGE, SAVE, with(without(validProfile(), "occupations"),
                "addOccupation", "installateur warmtepompen", "action", "addOccupation")).body();
        assertThat(page).contains("value=\"" + heatPumpTechnician + "\" checked")
                .contains("technicus koel-, lucht- en verwarmingstechniek").doesNotContain("We kennen het beroep");
        assertThat(learner.session().get("/profiel/beroepen?addOccupation=installateur+warmtepompen").body())
                .contains("value=\"technicus koel-, lucht- en verwarmingstechniek\"");
    }

    @Test
    void skillsAndOccupationsAreOfferedWhileTyping() {
        Learner learner = newLearner(accounts, port);
        assertThat(learner.session().get("/profiel/vaardigheden?addSkill=warmtepomp").body())
                .contains("<datalist id=\"skill-options\"").contains("value=\"warmtepompen installeren\"");
        assertThat(learner.session().get("/profiel/beroepen?addOccupation=verwarmings").body())
                .contains("<datalist id=\"occupation-options\"").contains("value=\"verwarmingsmonteur\"");
        assertThat(learner.session().get("/profiel/beroepen?addOccupation=heating&lang=en").body())
                .contains("value=\"heating");
    }
}
