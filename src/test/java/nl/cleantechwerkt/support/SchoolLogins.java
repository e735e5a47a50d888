package nl.cleantechwerkt.support;

import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseRegistration;

/** A new provider with a school user, logged in or ready to log in, for tests of the school's pages. */
public final class SchoolLogins {

    public static final String PASSWORD = "lesgeven in de Cleantech Regio";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The provider's code and the school user's e-mail address (the password is {@link #PASSWORD}). */
    public record SchoolAccount(String code, String email) {
    }

    /** The provider's code and the school user's browser session. */
    public record School(String code, WebSession session) {
    }

    private SchoolLogins() {
    }

    /** A provider and a school user for it, not logged in: for tests that log in themselves (a real browser). */
    public static SchoolAccount newSchoolAccount(CourseRegistration registration, Accounts accounts) {
        String code = new CourseFixtures(registration).provider("School " + SEQUENCE.incrementAndGet());
        String email = "docent" + SEQUENCE.incrementAndGet() + "@" + code.toLowerCase() + ".nl";
        accounts.create(email, PASSWORD, "Docent", Role.SCHOOL, code);
        return new SchoolAccount(code, email);
    }

    public static School newSchool(CourseRegistration registration, Accounts accounts, int port) {
        SchoolAccount account = newSchoolAccount(registration, accounts);
        WebSession session = new WebSession(port);
        session.login(account.email(), PASSWORD);
        return new School(account.code(), session);
    }
}
