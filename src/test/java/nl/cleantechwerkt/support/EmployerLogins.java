package nl.cleantechwerkt.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.employers.EmployerData;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.shared.Sector;

/** Employers as they sign up: a self-registered account with role EMPLOYER, logged in, with or without an organisation. */
public final class EmployerLogins {

    public static final String PASSWORD = "vakmensen voor de energietransitie";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The account's user id and e-mail address, and its browser session. */
    public record Employer(long userId, String email, WebSession session) {
    }

    private EmployerLogins() {
    }

    /** Registers through the registration page, as a person does, and logs in; no organisation yet. */
    public static Employer newEmployerAccount(Accounts accounts, int port) {
        String email = "werkgever" + SEQUENCE.incrementAndGet() + "@bedrijf.nl";
        WebSession session = new WebSession(port);
        session.submit("/registreren", "/registreren", Map.of("email", email, "displayName", "Inge Werkgever",
                "role", "EMPLOYER", "password", PASSWORD, "passwordConfirm", PASSWORD));
        session.login(email, PASSWORD);
        return new Employer(accounts.find(email).orElseThrow().id(), email, session);
    }

    /** A logged-in employer whose organisation is in Deventer. */
    public static Employer newEmployer(Accounts accounts, Employers employers, int port) {
        Employer employer = newEmployerAccount(accounts, port);
        employers.saveOrganisation(employer.userId(),
                new EmployerData("Installatiebedrijf " + SEQUENCE.incrementAndGet(), "12345678", "Deventer", Sector.INSTALLATION_TECHNOLOGY));
        return employer;
    }
}
