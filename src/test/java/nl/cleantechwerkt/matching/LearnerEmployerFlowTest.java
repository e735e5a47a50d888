package nl.cleantechwerkt.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.Importance;
import nl.cleantechwerkt.employers.NeedData;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.learners.LearnerProfiles;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.EmployerLogins;
import nl.cleantechwerkt.support.EmployerLogins.Employer;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.LearnerProfileForm;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole matching flow through the pages: learners with profiles get explained advice and
 * mark a course they want to follow; an employer's need shows the consenting learners who fit,
 * without names, a course in training counting; the employer invites, the learner accepts, and
 * only then the employer sees name and e-mail. Revoking consent takes a learner off at once.
 */
@Tag("db")
class LearnerEmployerFlowTest extends IntegrationTest {

    private static final String HEAT_PUMP = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";
    private static final String ELECTRICITY = "http://data.europa.eu/esco/skill/c8ac1986-38fa-43b2-89dc-50a4beeb420e";
    private static final String HEATING_FITTER = "http://data.europa.eu/esco/occupation/7259dc48-004a-4ceb-aa4e-5bbd548c2397";
    private static final String PASSWORD = "leren in de Cleantech Regio";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    LearnerProfiles profiles;
    @Autowired
    CourseRegistration registration;

    private record Learner(long userId, long profileId, String name, String email, WebSession session) {
    }

    private Learner learner(String skillLevel, String skill, boolean consent) {
        int n = SEQUENCE.incrementAndGet();
        String email = "stroom" + n + "@lerende.test";
        String name = "Stroomlerende Achternaam" + n;
        accounts.register(email, PASSWORD, name, Role.LEARNER);
        WebSession session = new WebSession(port);
        session.login(email, PASSWORD);
        Map<String, String> form = LearnerProfileForm.jobSeekerInTwello(skill, skillLevel, HEATING_FITTER);
        HttpResponse<String> saved = session.submit("/profiel/bewerken", "/profiel/opslaan", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        if (consent) {
            session.submit("/profiel", "/profiel/toestemming", Map.of("consent", "true"));
        }
        long userId = accounts.find(email).orElseThrow().id();
        return new Learner(userId, profiles.ownProfile(userId).orElseThrow().profileId(), name, email, session);
    }

    private static String inviteForm(long needId, Learner learner) {
        return "/werkgever/behoeften/" + needId + "/kandidaten/" + learner.profileId() + "/uitnodigen";
    }

    @Test
    void adviceCandidatesInvitationAndAcceptance() {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Stroomcollege");
        long course = fixtures.course(provider, "Stroomtest warmtepompen installeren Apeldoorn").skill(HEAT_PUMP)
                .skill(ELECTRICITY).runIn("Apeldoorn", 20).publish();

        Learner inTraining = learner("BASIC", ELECTRICITY, true);
        Learner private_ = learner("GOOD", HEAT_PUMP, false);
        Learner proficient = learner("GOOD", HEAT_PUMP, true);

        // The learner's advice: the gap towards the occupation and the course, explained.
        String advice = inTraining.session().get("/profiel/advies").body();
        assertThat(advice).contains("Op weg naar:").contains("Stroomtest warmtepompen installeren Apeldoorn")
                .contains("Leert je").contains("Score");
        HttpResponse<String> kept = inTraining.session().submit("/profiel/advies", "/profiel/opleidingen/" + course,
                Map.of("action", "interest"));
        assertThat(kept.statusCode()).isEqualTo(302);
        assertThat(inTraining.session().get("/profiel/advies").body()).contains("Bewaarde opleidingen")
                .contains("Je wilt deze volgen");

        // The employer's need: consenting candidates only, no names, a course in training counts.
        Employer employer = EmployerLogins.newEmployer(accounts, employers, port);
        long need = needs.save(employer.userId(), null, new NeedData(NeedKind.BBL, "Stroomtest monteur warmtepompen", null,
                List.of(new NeedSkill(HEAT_PUMP, Importance.MUST), new NeedSkill(ELECTRICITY, Importance.NICE)), 1,
                "Apeldoorn", LocalDate.now().plusMonths(3), null));
        String matches = employer.session().get("/werkgever/behoeften/" + need + "/koppelingen").body();
        assertThat(matches).contains(inviteForm(need, proficient)).contains(inviteForm(need, inTraining))
                .doesNotContain(inviteForm(need, private_));
        assertThat(matches.indexOf(inviteForm(need, proficient))).as("has the must-skill: above the one in training")
                .isLessThan(matches.indexOf(inviteForm(need, inTraining)));
        assertThat(matches).doesNotContain(inTraining.name()).doesNotContain(inTraining.email())
                .doesNotContain(proficient.name()).contains("In opleiding");

        // Inviting a private learner or for another employer's need: not found.
        Employer other = EmployerLogins.newEmployer(accounts, employers, port);
        assertThat(employer.session().submit("/werkgever/behoeften/" + need + "/koppelingen", inviteForm(need, private_),
                Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.session().submit("/werkgever/behoeften", inviteForm(need, inTraining), Map.of()).statusCode())
                .isEqualTo(404);

        // Invite, the learner is told and accepts; only now the employer sees name and e-mail.
        HttpResponse<String> invited = employer.session().submit("/werkgever/behoeften/" + need + "/koppelingen",
                inviteForm(need, inTraining), Map.of("message", "Kom je kennismaken in onze werkplaats?"));
        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(employer.session().get("/werkgever/behoeften/" + need + "/koppelingen").body())
                .contains("Uitgenodigd; wacht op antwoord.").doesNotContain(inTraining.email());
        assertThat(inTraining.session().get("/meldingen").body()).contains("nodigt je uit voor Stroomtest monteur warmtepompen");
        String invitations = inTraining.session().get("/profiel/uitnodigingen").body();
        assertThat(invitations).contains("Stroomtest monteur warmtepompen").contains("Kom je kennismaken in onze werkplaats?");
        String answer = invitations.replaceAll("(?s).*action=\"(/profiel/uitnodigingen/\\d+/antwoord)\".*", "$1");
        assertThat(inTraining.session().submit("/profiel/uitnodigingen", answer, Map.of("accept", "true")).statusCode())
                .isEqualTo(302);
        assertThat(employer.session().get("/werkgever/behoeften/" + need + "/koppelingen").body())
                .contains(inTraining.name()).contains(inTraining.email());
        assertThat(employer.session().get("/meldingen").body()).contains("geaccepteerd");
        assertThat(inTraining.session().submit("/profiel/uitnodigingen", answer, Map.of("accept", "false")).statusCode())
                .as("answered once").isEqualTo(400);

        // Revoking consent takes the learner off the employer's page at once.
        proficient.session().submit("/profiel", "/profiel/toestemming", Map.of("consent", "false"));
        assertThat(employer.session().get("/werkgever/behoeften/" + need + "/koppelingen").body())
                .doesNotContain(inviteForm(need, proficient));
    }

    @Test
    void withoutAProfileThereIsNoAdviceAndNoScore() {
        String email = "zonderprofiel" + SEQUENCE.incrementAndGet() + "@lerende.test";
        accounts.register(email, PASSWORD, "Zonder Profiel", Role.LEARNER);
        WebSession session = new WebSession(port);
        session.login(email, PASSWORD);
        String page = session.get("/profiel/advies").body();
        assertThat(page).contains("Je hebt nog geen profiel").doesNotContain("Score");
        assertThat(session.submit("/profiel/advies", "/profiel/opleidingen/1", Map.of("action", "save")).statusCode())
                .isEqualTo(404);
    }
}
