package nl.cleantechwerkt.employers;

import static nl.cleantechwerkt.employers.NeedFixtures.INSTALL_HEAT_PUMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.support.EmployerLogins;
import nl.cleantechwerkt.support.EmployerLogins.Employer;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.SchoolLogins;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An employer reaches only its own needs; other roles do not reach the employer's pages at all. */
@ExtendWith(OutputCaptureExtension.class)
class SkillNeedOwnershipTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    CourseRegistration registration;

    private long needOf(Employer owner, String title) {
        return needs.save(owner.userId(), null, NeedFixtures.vacancy(title, List.of(NeedSkill.must(INSTALL_HEAT_PUMP))));
    }

    @Test
    void anotherEmployersNeedIsNotFoundToViewEditSaveOrClose(CapturedOutput output) {
        Employer owner = EmployerLogins.newEmployer(accounts, employers, port);
        Employer other = EmployerLogins.newEmployer(accounts, employers, port);
        long id = needOf(owner, "Eigen vacature van de eigenaar");
        String base = "/werkgever/behoeften/" + id;

        assertThat(other.session().get(base).statusCode()).isEqualTo(404);
        assertThat(other.session().get(base + "/bewerken").statusCode()).isEqualTo(404);
        for (String action : List.of("/sluiten", "/vervuld", "/heropenen")) {
            assertThat(other.session().submit("/werkgever/behoeften", base + action, Map.of()).statusCode()).as(action)
                    .isEqualTo(404);
        }
        HttpResponse<String> overwrite = other.session().submit("/werkgever/behoeften/nieuw", "/werkgever/behoeften/opslaan",
                Map.of("id", String.valueOf(id), "kind", "INTERNSHIP", "title", "Overgenomen", "peopleCount", "1",
                        "place", "Epe", "skills[0].uri", INSTALL_HEAT_PUMP, "skills[0].importance", "MUST", "action", "save"));
        assertThat(overwrite.statusCode()).isEqualTo(404);
        assertThat(overwrite.body()).doesNotContain("Eigen vacature van de eigenaar");
        assertThat(output).contains("asked for skill need " + id + " which is not theirs");

        SkillNeedView untouched = needs.need(id).orElseThrow();
        assertThat(untouched.title()).isEqualTo("Eigen vacature van de eigenaar");
        assertThat(untouched.kind()).isEqualTo(NeedKind.VACANCY);
        assertThat(untouched.status()).isEqualTo(NeedStatus.OPEN);
        assertThat(other.session().get("/werkgever/behoeften").body()).doesNotContain("Eigen vacature van de eigenaar");
        assertThat(owner.session().get(base).statusCode()).isEqualTo(200);
    }

    @Test
    void theOwnerClosesFillsAndReopensItsNeed() {
        Employer owner = EmployerLogins.newEmployer(accounts, employers, port);
        long id = needOf(owner, "Stage warmtepompen");
        String base = "/werkgever/behoeften/" + id;

        HttpResponse<String> closed = owner.session().submit(base, base + "/sluiten", Map.of());
        assertThat(closed.headers().firstValue("Location").orElseThrow()).endsWith(base + "?gesloten");
        assertThat(needs.need(id).orElseThrow().status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(owner.session().get(base + "?gesloten").body()).contains("De behoefte is gesloten.").contains("Weer openzetten");

        owner.session().submit(base, base + "/heropenen", Map.of());
        assertThat(needs.need(id).orElseThrow().status()).isEqualTo(NeedStatus.OPEN);
        owner.session().submit(base, base + "/vervuld", Map.of());
        assertThat(needs.need(id).orElseThrow().status()).isEqualTo(NeedStatus.FILLED);
        assertThat(owner.session().get("/werkgever/behoeften").body()).contains("Vervuld");
    }

    @Test
    void learnersSchoolsAndVisitorsDoNotReachTheEmployersPages() {
        Employer owner = EmployerLogins.newEmployer(accounts, employers, port);
        long id = needOf(owner, "Alleen voor werkgevers");
        accounts.register("lerende-bij-werkgever@test.nl", EmployerLogins.PASSWORD, "Lerende", Role.LEARNER);
        WebSession learner = new WebSession(port);
        learner.login("lerende-bij-werkgever@test.nl", EmployerLogins.PASSWORD);
        WebSession school = SchoolLogins.newSchool(registration, accounts, port).session();

        for (WebSession refused : List.of(learner, school)) {
            for (String page : List.of("/werkgever", "/werkgever/behoeften", "/werkgever/behoeften/nieuw",
                    "/werkgever/behoeften/" + id, "/werkgever/behoeften/" + id + "/bewerken")) {
                assertThat(refused.get(page).statusCode()).as(page).isEqualTo(403);
            }
            assertThat(refused.submit("/account", "/werkgever/behoeften/" + id + "/sluiten", Map.of()).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> anonymous = new WebSession(port).get("/werkgever/behoeften/" + id);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen");
        assertThat(needs.need(id).orElseThrow().status()).isEqualTo(NeedStatus.OPEN);
    }
}
