package nl.cleantechwerkt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;

/** Registration, login, logout and password change as a person does them over HTTP. */
class AccountsWebTest extends IntegrationTest {

    private static final String GOOD_PASSWORD = "groene stroom uit Deventer";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static String newEmail() {
        return "persoon" + SEQUENCE.incrementAndGet() + "@voorbeeld.nl";
    }

    private HttpResponse<String> register(WebSession session, String email, String password, String confirm, String role) {
        return session.submit("/registreren", "/registreren", Map.of("email", email, "displayName", "Sam de Vries",
                "role", role, "password", password, "passwordConfirm", confirm));
    }

    @Test
    void aLearnerRegistersLogsInSeesTheAccountAndLogsOut() {
        WebSession session = new WebSession(port);
        String email = newEmail();
        HttpResponse<String> registered = register(session, email, GOOD_PASSWORD, GOOD_PASSWORD, "LEARNER");
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location").orElseThrow()).contains("/inloggen?geregistreerd");

        String sessionBefore = session.cookie("JSESSIONID");
        HttpResponse<String> login = session.login(email.toUpperCase(), GOOD_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/account");
        assertThat(session.cookie("JSESSIONID")).as("session fixation protection").isNotEqualTo(sessionBefore);

        String account = session.get("/account").body();
        assertThat(account).contains("Sam de Vries").contains(email).contains("Lerende").contains("Uitloggen");

        HttpResponse<String> logout = session.submit("/account", "/uitloggen", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(session.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void weakPasswordsAreRefusedWithTheReasonAtTheField() {
        WebSession session = new WebSession(port);
        String shortOne = register(session, newEmail(), "kort", "kort", "LEARNER").body();
        assertThat(shortOne).contains("Het wachtwoord moet minstens 12 tekens hebben.").contains("aria-invalid=\"true\"");
        String common = register(session, newEmail(), "wachtwoord123", "wachtwoord123", "EMPLOYER").body();
        assertThat(common).contains("te vaak gebruikt");
        String mismatch = register(session, newEmail(), GOOD_PASSWORD, GOOD_PASSWORD + "x", "LEARNER").body();
        assertThat(mismatch).contains("De wachtwoorden zijn niet gelijk.");
        String badEmail = register(session, "geen-adres", GOOD_PASSWORD, GOOD_PASSWORD, "LEARNER").body();
        assertThat(badEmail).contains("Dit is geen geldig e-mailadres.");
    }

    @Test
    void schoolAndAdminRolesCannotBeSelfRegistered() {
        String page = register(new WebSession(port), newEmail(), GOOD_PASSWORD, GOOD_PASSWORD, "ADMIN").body();
        assertThat(page).contains("Kies of je je aanmeldt als lerende of als werkgever.");
    }

    @Test
    void registeringATakenAddressRevealsNothingAndChangesNothing() {
        String email = newEmail();
        register(new WebSession(port), email, GOOD_PASSWORD, GOOD_PASSWORD, "LEARNER");
        HttpResponse<String> again = register(new WebSession(port), email, "een heel ander wachtwoord", "een heel ander wachtwoord",
                "EMPLOYER");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).contains("/inloggen?geregistreerd");
        assertThat(new WebSession(port).login(email, GOOD_PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/account");
    }

    @Test
    void failedLoginsLookTheSameForUnknownAndKnownAddresses() {
        String email = newEmail();
        register(new WebSession(port), email, GOOD_PASSWORD, GOOD_PASSWORD, "LEARNER");
        WebSession session = new WebSession(port);
        String wrongPassword = session.login(email, "helemaal niet goed").headers().firstValue("Location").orElseThrow();
        String unknown = session.login(newEmail(), "helemaal niet goed").headers().firstValue("Location").orElseThrow();
        assertThat(wrongPassword).isEqualTo(unknown).endsWith("/inloggen?error");
        assertThat(session.get("/inloggen?error").body()).contains("horen niet bij elkaar");
    }

    @Test
    void repeatedFailuresLockTheAddressEvenForTheRightPassword() {
        String email = newEmail();
        register(new WebSession(port), email, GOOD_PASSWORD, GOOD_PASSWORD, "LEARNER");
        WebSession attacker = new WebSession(port);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            attacker.login(email, "raden " + i + " keer");
        }
        String location = new WebSession(port).login(email, GOOD_PASSWORD).headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/inloggen?locked");
        assertThat(new WebSession(port).get("/inloggen?locked").body()).contains("Te veel mislukte pogingen");
        // Another address is not affected.
        String other = newEmail();
        register(new WebSession(port), other, GOOD_PASSWORD, GOOD_PASSWORD, "LEARNER");
        assertThat(new WebSession(port).login(other, GOOD_PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/account");
    }

    @Test
    void passwordChangeChecksTheCurrentPasswordAndThePolicy() {
        String email = newEmail();
        register(new WebSession(port), email, GOOD_PASSWORD, GOOD_PASSWORD, "EMPLOYER");
        WebSession session = new WebSession(port);
        session.login(email, GOOD_PASSWORD);
        String wrong = session.submit("/account", "/account/wachtwoord", Map.of("currentPassword", "niet mijn wachtwoord",
                "newPassword", "zonnepanelen op het dak", "newPasswordConfirm", "zonnepanelen op het dak")).body();
        assertThat(wrong).contains("Je huidige wachtwoord klopt niet.");
        String weak = session.submit("/account", "/account/wachtwoord", Map.of("currentPassword", GOOD_PASSWORD,
                "newPassword", "password1234", "newPasswordConfirm", "password1234")).body();
        assertThat(weak).contains("te vaak gebruikt");
        HttpResponse<String> ok = session.submit("/account", "/account/wachtwoord", Map.of("currentPassword", GOOD_PASSWORD,
                "newPassword", "zonnepanelen op het dak", "newPasswordConfirm", "zonnepanelen op het dak"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).login(email, "zonnepanelen op het dak").headers().firstValue("Location").orElseThrow())
                .endsWith("/account");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejected() {
        WebSession session = new WebSession(port);
        HttpResponse<String> forged = session.post("/registreren", Map.of("email", newEmail(), "displayName", "X",
                "role", "LEARNER", "password", GOOD_PASSWORD, "passwordConfirm", GOOD_PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> forgedLogin = session.post("/inloggen", Map.of("email", "admin@test.local",
                "password", "Beheer-wachtwoord-voor-tests-2026"));
        assertThat(forgedLogin.statusCode()).isEqualTo(403);
    }

    @Test
    void accountPagesNeedALogin() {
        HttpResponse<String> anonymous = new WebSession(port).get("/account");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen");
    }
}
