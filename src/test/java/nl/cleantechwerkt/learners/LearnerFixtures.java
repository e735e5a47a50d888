package nl.cleantechwerkt.learners;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.support.WebSession;

/** Registered, logged-in learners and a valid profile form, for the learner module's tests. */
final class LearnerFixtures {

    static final String PASSWORD = "leren in de Cleantech Regio";
    static final String HEAT_PUMP_SKILL = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";
    static final String HEATING_FITTER = "http://data.europa.eu/esco/occupation/7259dc48-004a-4ceb-aa4e-5bbd548c2397";
    static final String FORM_PAGE = "/profiel/bewerken";
    static final String SAVE = "/profiel/opslaan";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A learner's account id, e-mail address and browser session. */
    record Learner(long userId, String email, String name, WebSession session) {
    }

    private LearnerFixtures() {
    }

    static Learner newLearner(Accounts accounts, int port) {
        int n = SEQUENCE.incrementAndGet();
        String email = "lerende" + n + "@profiel.test";
        String name = "Lerende Nummer" + n;
        accounts.register(email, PASSWORD, name, Role.LEARNER);
        WebSession session = new WebSession(port);
        session.login(email, PASSWORD);
        return new Learner(accounts.find(email).orElseThrow().id(), email, name, session);
    }

    static WebSession loggedIn(Accounts accounts, int port, Role role, String providerCode) {
        String email = role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "@profiel.test";
        if (role.selfRegistration()) {
            accounts.register(email, PASSWORD, "Iemand", role);
        } else {
            accounts.create(email, PASSWORD, "Iemand", role, providerCode);
        }
        WebSession session = new WebSession(port);
        session.login(email, PASSWORD);
        return session;
    }

    /** A complete profile: job seeker in Twello, evenings and weekends, one heat-pump skill rated good. */
    static Map<String, String> validProfile() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("status", "JOB_SEEKER");
        f.put("educationLevel", "MBO-3");
        f.put("place", "Twello");
        f.put("radiusKm", "30");
        f.put("schedules", "EVENING,WEEKEND");
        f.put("workload", "PART_TIME");
        f.put("budgetEur", "1500");
        f.put("modes", "BBL,ONLINE");
        f.put("skills[0].uri", HEAT_PUMP_SKILL);
        f.put("skills[0].level", "GOOD");
        f.put("skills[0].evidence", "CERTIFICATE");
        f.put("skills[0].keep", "true");
        f.put("occupations", HEATING_FITTER);
        f.put("addSkill", "");
        f.put("addOccupation", "");
        f.put("experience", "");
        f.put("action", "save");
        return f;
    }

    static Map<String, String> with(Map<String, String> form, String... keyValues) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put(keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    static Map<String, String> without(Map<String, String> form, String... keys) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        for (String key : keys) {
            copy.remove(key);
        }
        return copy;
    }
}
