package nl.cleantechwerkt.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.notifications.domain.NotificationRepository;
import nl.cleantechwerkt.shared.AppProperties;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.TestMail;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications as their recipient meets them: in the list at {@code /meldingen} with a count
 * in the header, in Dutch or English, and by e-mail (the test JVM's GreenMail, {@link TestMail})
 * after the creating transaction commits, unless they opted out.
 */
class NotificationsTest extends IntegrationTest {

    private static final String PASSWORD = "meldingen voor iedereen";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** A message any module could send; the expected text is read from the bundles, not copied. */
    private static final String KEY = "admin.providers.created";

    @Autowired
    Notifications notifications;
    @Autowired
    Accounts accounts;
    @Autowired
    MessageSource messages;
    @Autowired
    AppProperties app;
    @Autowired
    NotificationRepository repository;
    @Autowired
    PlatformTransactionManager transactions;

    private record User(long id, String email) {
    }

    private User newUser() {
        String email = "melding" + SEQUENCE.incrementAndGet() + "@notificaties.test";
        accounts.register(email, PASSWORD, "Noor Jansen", Role.LEARNER);
        return new User(accounts.find(email).orElseThrow().id(), email);
    }

    private WebSession loggedIn(User user) {
        WebSession session = new WebSession(port);
        session.login(user.email(), PASSWORD);
        return session;
    }

    private String text(Locale locale, String argument) {
        return messages.getMessage(KEY, new Object[] {argument}, locale);
    }

    /**
     * Mail goes out on one thread, in order: once a mail queued now has arrived, every mail queued
     * before it has too. So "nothing arrived" is checked without waiting an arbitrary time.
     */
    private void awaitMailsQueuedSoFar() {
        User marker = newUser();
        notifications.notify(marker.id(), "test", KEY, List.of("marker"), null);
        assertThat(TestMail.awaitTo(marker.email(), 1)).hasSize(1);
    }

    private static int count(String html, String part) {
        return html.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theRecipientSeesNotificationsNewestFirstWithAnUnreadBadgeInDutchAndEnglish() {
        User user = newUser();
        WebSession session = loggedIn(user);
        notifications.notify(user.id(), "invitation", KEY, List.of("Windpark Eerst"), null, EmailDelivery.NONE);
        notifications.notify(user.id(), "reply", KEY, List.of("Zonnedak Daarna"), "/zoeken?q=zon", EmailDelivery.NONE);

        String dutch = session.get("/meldingen").body();
        assertThat(dutch).contains(text(Locale.forLanguageTag("nl"), "Windpark Eerst"))
                .contains("<span class=\"badge\">2</span>")
                .contains("href=\"/zoeken?q=zon\"");
        assertThat(dutch.indexOf("Zonnedak Daarna")).as("newest first").isLessThan(dutch.indexOf("Windpark Eerst"));
        assertThat(count(dutch, "class=\"notification unread\"")).isEqualTo(2);

        String english = session.get("/meldingen?lang=en").body();
        assertThat(english).contains(text(Locale.ENGLISH, "Windpark Eerst")).contains(">Notifications<")
                .contains("<span class=\"badge\">2</span>");
        assertThat(text(Locale.ENGLISH, "x")).as("the two languages differ, so the check above means something")
                .isNotEqualTo(text(Locale.forLanguageTag("nl"), "x"));

        HttpResponse<String> marked = session.submit("/meldingen", "/meldingen/gelezen", Map.of());
        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(marked.headers().firstValue("Location").orElseThrow()).endsWith("/meldingen");
        String after = session.get("/meldingen?lang=nl").body();
        assertThat(after).contains("Windpark Eerst").doesNotContain("class=\"notification unread\"")
                .doesNotContain("class=\"badge\"");
        assertThat(notifications.unreadCount(user.id())).isZero();
    }

    @Test
    void exactlyOneEmailGoesToTheRecipientWithTheSubjectAndAnAbsoluteLink() throws Exception {
        User user = newUser();
        long id = notifications.notify(user.id(), "invitation", KEY, List.of("Warmtenet Zutphen"), "/zoeken?q=warmte");
        awaitMailsQueuedSoFar();

        List<MimeMessage> mails = TestMail.to(user.email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String dutch = text(Locale.forLanguageTag("nl"), "Warmtenet Zutphen");
        assertThat(mail.getSubject()).isEqualTo("Cleantech Werkt: " + dutch);
        assertThat(mail.getFrom()[0].toString()).isEqualTo(app.mail().from());
        String body = (String) mail.getContent();
        assertThat(body).contains("Hallo Noor Jansen,").contains(dutch)
                .contains(app.absolute("/zoeken?q=warmte"))
                .contains(app.absolute("/meldingen/instellingen"));
        assertThat(repository.findById(id).orElseThrow().getEmailedAt()).as("recorded as sent").isNotNull();
    }

    @Test
    void optingOutOnTheSettingsPageStopsEmailsButNotTheList() throws Exception {
        User user = newUser();
        WebSession session = loggedIn(user);
        String form = session.get("/meldingen/instellingen").body();
        assertThat(form).contains("value=\"true\" name=\"emailEnabled\" checked").contains("value=\"nl\" name=\"language\" checked");

        HttpResponse<String> saved = session.submit("/meldingen/instellingen", "/meldingen/instellingen",
                Map.of("emailEnabled", "false", "language", "nl"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/meldingen/instellingen?opgeslagen");
        assertThat(session.get("/meldingen/instellingen?opgeslagen").body())
                .contains(messages.getMessage("notifications.settings.saved", null, Locale.forLanguageTag("nl")))
                .contains("value=\"false\" name=\"emailEnabled\" checked");

        notifications.notify(user.id(), "invitation", KEY, List.of("Stille Melding"), null);
        awaitMailsQueuedSoFar();
        assertThat(TestMail.to(user.email())).isEmpty();
        assertThat(session.get("/meldingen").body()).contains("Stille Melding");

        // Back on, in English: the mail is English and its links open the English pages.
        session.submit("/meldingen/instellingen", "/meldingen/instellingen", Map.of("emailEnabled", "true", "language", "en"));
        notifications.notify(user.id(), "invitation", KEY, List.of("Loud Notice"), "/over");
        List<MimeMessage> mails = TestMail.awaitTo(user.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Cleantech Werkt: " + text(Locale.ENGLISH, "Loud Notice"));
        assertThat((String) mails.get(0).getContent()).startsWith("Hello Noor Jansen,")
                .contains(app.absolute("/over?lang=en"));
    }

    @Test
    void aRolledBackTransactionStoresNothingAndSendsNoMail() {
        User user = newUser();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.notify(user.id(), "invitation", KEY, List.of("Teruggedraaid"), null);
            status.setRollbackOnly();
        });
        awaitMailsQueuedSoFar();
        assertThat(TestMail.to(user.email())).isEmpty();
        assertThat(notifications.recent(user.id(), 10)).isEmpty();
        assertThat(notifications.unreadCount(user.id())).isZero();
    }

    @Test
    void nobodySeesOrReadsSomeoneElsesNotifications() {
        User owner = newUser();
        User other = newUser();
        notifications.notify(owner.id(), "invitation", KEY, List.of("Alleen Voor De Eigenaar"), null, EmailDelivery.NONE);

        WebSession otherSession = loggedIn(other);
        String page = otherSession.get("/meldingen").body();
        assertThat(page).doesNotContain("Alleen Voor De Eigenaar").doesNotContain("class=\"badge\"");
        otherSession.submit("/meldingen", "/meldingen/gelezen", Map.of());
        assertThat(notifications.unreadCount(owner.id())).isEqualTo(1);
        assertThat(loggedIn(owner).get("/meldingen").body()).contains("Alleen Voor De Eigenaar");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebSession anonymous = new WebSession(port);
        for (String path : List.of("/meldingen", "/meldingen/instellingen")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen");
        }
        assertThat(anonymous.get("/").body()).doesNotContain("href=\"/meldingen\"");
    }

    @Test
    void linksStayInTheApplicationAndLongArgumentsAreCut() {
        User user = newUser();
        assertThatThrownBy(() -> notifications.notify(user.id(), "invitation", KEY, List.of("x"), "https://elders.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.notify(user.id(), "invitation", KEY, List.of("x"), "//elders.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        notifications.notify(user.id(), "invitation", KEY, List.of("a".repeat(1000)), null, EmailDelivery.NONE);
        String stored = notifications.recent(user.id(), 1).get(0).arguments().get(0);
        assertThat(stored).hasSize(Notifications.MAX_ARGUMENT_LENGTH).endsWith("…");
    }
}
