package nl.cleantechwerkt.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.notifications.NotificationView;
import nl.cleantechwerkt.notifications.Notifications;
import nl.cleantechwerkt.shared.TimeConfiguration;
import nl.cleantechwerkt.support.LearnerProfileForm;
import nl.cleantechwerkt.support.WebSession;

/** Learners with sessions, their alert notifications and digest mails, for the alert tests. */
final class AlertFixtures {

    static final String PASSWORD = "bericht bij nieuwe opleidingen";
    static final String HEAT_PUMP = "http://data.europa.eu/esco/skill/00735755-adc6-4ea0-b034-b8caff339c9f";
    static final String HEATING_FITTER = "http://data.europa.eu/esco/occupation/7259dc48-004a-4ceb-aa4e-5bbd548c2397";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    record Person(long userId, String email, WebSession session) {
    }

    private AlertFixtures() {
    }

    static Person learner(Accounts accounts, int port) {
        String email = "alert" + SEQUENCE.incrementAndGet() + "@meldingen.test";
        accounts.register(email, PASSWORD, "Alma Lerende", Role.LEARNER);
        WebSession session = new WebSession(port);
        session.login(email, PASSWORD);
        return new Person(accounts.find(email).orElseThrow().id(), email, session);
    }

    /** Chooses the daily digest (or not) on the settings page, e-mail on, in Dutch. */
    static void digest(Person person, boolean wanted) {
        HttpResponse<String> saved = person.session().submit("/meldingen/instellingen", "/meldingen/instellingen",
                Map.of("emailEnabled", "true", "language", "nl", "digestEnabled", String.valueOf(wanted)));
        assertThat(saved.statusCode()).isEqualTo(302);
    }

    /** Saves a search from the results page, as the learner clicks it; returns its id. */
    static long saveSearch(Person person, String query, String name, SavedSearches saved) {
        HttpResponse<String> response = person.session().submit("/zoeken?" + query, "/profiel/zoekopdrachten",
                Map.of("query", query, "name", name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return saved.savedBy(person.userId()).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A profile in Twello (30 km) with one skill at the given level, aiming at heating fitter; optionally consenting. */
    static void profile(Person person, String skill, String level, boolean consent) {
        Map<String, String> form = LearnerProfileForm.jobSeekerInTwello(skill, level, HEATING_FITTER);
        HttpResponse<String> saved = person.session().submit("/profiel/bewerken", "/profiel/opslaan", form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        if (consent) {
            person.session().submit("/profiel", "/profiel/toestemming", Map.of("consent", "true"));
        }
    }

    static List<NotificationView> alerts(Notifications notifications, long userId) {
        return notifications.recent(userId, 200).stream().filter(n -> n.kind().equals("alert")).toList();
    }

    /** Noon of today (plus {@code days}) in the region: after the digest time, and far from midnight. */
    static Instant noon(Clock clock, int days) {
        // Counted from tomorrow: "noon today" is already past in the afternoon, before the alerts a test creates.
        return LocalDate.now(clock).plusDays(days + 1L).atTime(LocalTime.NOON).atZone(TimeConfiguration.ZONE).toInstant();
    }

    static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
