package nl.cleantechwerkt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.TestMail;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Invitations of school users and "wachtwoord vergeten": one-time links that end with a password of one's own. */
class PasswordLinksTest extends IntegrationTest {

    private static final String ADMIN = "admin@test.local";
    private static final String ADMIN_PASSWORD = "Beheer-wachtwoord-voor-tests-2026";
    private static final String CHOSEN = "mijn eigen wachtwoord voor de regio";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CourseRegistration registration;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private String invite(String code, String email) {
        WebSession admin = new WebSession(port);
        admin.login(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> invited = admin.submit("/admin/aanbieders/" + code + "/gebruikers",
                "/admin/aanbieders/" + code + "/gebruikers", Map.of("email", email, "displayName", "Docent Jansen"));
        assertThat(invited.statusCode()).isEqualTo(302);
        return admin.get("/admin/aanbieders/" + code + "/gebruikers").body();
    }

    @Test
    void anInvitedSchoolUserChoosesTheirOwnPasswordThroughTheLinkOnce() {
        String code = new CourseFixtures(registration).provider("Uitnodigingscollege " + SEQUENCE.incrementAndGet());
        String email = "uitgenodigd" + SEQUENCE.incrementAndGet() + "@school.nl";
        String adminPage = invite(code, email);
        assertThat(adminPage).contains("Uitnodiging verstuurd aan " + email).contains("Uitgenodigd, nog geen wachtwoord gekozen");

        String link = TestMail.passwordLink(email, 1);
        WebSession teacher = new WebSession(port);
        assertThat(teacher.login(email, CHOSEN).headers().firstValue("Location").orElse("")).endsWith("/inloggen?error");
        assertThat(teacher.get(link).body()).contains("Welkom, Docent Jansen").contains(email);

        String mismatch = teacher.submit(link, link, Map.of("password", CHOSEN, "passwordConfirm", "iets anders")).body();
        assertThat(mismatch).contains("De wachtwoorden zijn niet gelijk.");
        String weak = teacher.submit(link, link, Map.of("password", "kort", "passwordConfirm", "kort")).body();
        assertThat(weak).contains("minstens 12 tekens");

        HttpResponse<String> set = teacher.submit(link, link, Map.of("password", CHOSEN, "passwordConfirm", CHOSEN));
        assertThat(set.headers().firstValue("Location").orElse("")).endsWith("/inloggen?wachtwoord-ingesteld=");
        assertThat(teacher.login(email, CHOSEN).headers().firstValue("Location").orElse("")).endsWith("/account");
        assertThat(teacher.get("/school/opleidingen").statusCode()).isEqualTo(200);

        assertThat(new WebSession(port).get(link).body()).contains("Deze link werkt niet meer");
        assertThat(invite(code, "ander" + email)).contains("Actief");
    }

    @Test
    void aForgottenPasswordIsResetByMailWithoutRevealingWhichAddressesExist() {
        String email = "vergeetachtig" + SEQUENCE.incrementAndGet() + "@voorbeeld.nl";
        accounts.register(email, "het oude wachtwoord van mij", "Vergeetachtig", Role.LEARNER);
        WebSession someone = new WebSession(port);
        String known = someone.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", email)).body();
        String unknown = someone.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten",
                Map.of("email", "niemand" + SEQUENCE.incrementAndGet() + "@voorbeeld.nl")).body();
        assertThat(known).contains("Als er een account is met dit e-mailadres");
        assertThat(unknown).isEqualTo(known);

        String link = TestMail.passwordLink(email, 1);
        // Asking again at once sends no second mail (no mail bombing through the form).
        someone.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", email));
        assertThat(TestMail.awaitTo(email, 2)).hasSize(1);

        assertThat(someone.get(link).body()).contains("Kies een nieuw wachtwoord voor " + email);
        someone.submit(link, link, Map.of("password", CHOSEN, "passwordConfirm", CHOSEN));
        assertThat(new WebSession(port).login(email, "het oude wachtwoord van mij").headers().firstValue("Location").orElse(""))
                .endsWith("/inloggen?error");
        assertThat(new WebSession(port).login(email, CHOSEN).headers().firstValue("Location").orElse("")).endsWith("/account");
    }

    @Test
    void expiredGuessedAndMalformedLinksAreRefused() {
        String email = "verlopen" + SEQUENCE.incrementAndGet() + "@voorbeeld.nl";
        accounts.register(email, "een wachtwoord dat blijft", "Verlopen", Role.EMPLOYER);
        WebSession someone = new WebSession(port);
        someone.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", email));
        String link = TestMail.passwordLink(email, 1);
        jdbc.update("update account_token set expires_at = created_at where user_id = ?", accounts.find(email).orElseThrow().id());
        assertThat(someone.get(link).body()).contains("Deze link werkt niet meer");
        HttpResponse<String> late = someone.submit("/wachtwoord-vergeten", link, Map.of("password", CHOSEN, "passwordConfirm", CHOSEN));
        assertThat(late.body()).contains("Deze link werkt niet meer");
        assertThat(new WebSession(port).login(email, "een wachtwoord dat blijft").headers().firstValue("Location").orElse(""))
                .endsWith("/account");

        assertThat(someone.get("/wachtwoord-instellen/" + "0".repeat(64)).body()).contains("Deze link werkt niet meer");
        assertThat(someone.get("/wachtwoord-instellen/kort'%3Cscript%3E").statusCode()).isLessThan(500);
    }
}
