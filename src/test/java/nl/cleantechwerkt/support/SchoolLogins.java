package nl.cleantechwerkt.support;

import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseRegistration;

/** A new provider with a logged-in school user, for tests of the school's pages. */
public final class SchoolLogins {

    public static final String PASSWORD = "lesgeven in de Cleantech Regio";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The provider's code and the school user's browser session. */
    public record School(String code, WebSession session) {
    }

    private SchoolLogins() {
    }

    public static School newSchool(CourseRegistration registration, Accounts accounts, int port) {
        String code = new CourseFixtures(registration).provider("School " + SEQUENCE.incrementAndGet());
        String email = "docent" + SEQUENCE.incrementAndGet() + "@" + code.toLowerCase() + ".nl";
        accounts.create(email, PASSWORD, "Docent", Role.SCHOOL, code);
        WebSession session = new WebSession(port);
        session.login(email, PASSWORD);
        return new School(code, session);
    }
}
