package nl.cleantechwerkt.notifications.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.notifications.NotificationTexts;
import nl.cleantechwerkt.notifications.domain.NotificationRepository;
import nl.cleantechwerkt.shared.AppProperties;
import nl.cleantechwerkt.shared.MailQueue;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes a notification's e-mail and sends it once the transaction that created the
 * notification has committed, on one mail thread of its own (in order, one at a time). Sending
 * after the commit means a rolled-back transaction never mails, and a mail cannot be undone
 * anyway; sending on another thread means the person who caused the notification does not wait
 * for the mail server. A mail that fails is logged and dropped: the notification itself is
 * stored and shown in the application either way. The sending itself is the shared
 * {@link MailQueue}'s, which account e-mails (invitations, resets) use too.
 */
@Component
public class NotificationMailer {

    private static final int SUBJECT_LENGTH = 120;

    private final MailQueue mail;
    private final MessageSource messages;
    private final NotificationTexts texts;
    private final NotificationRepository notifications;
    private final AppProperties app;
    private final Clock clock;

    NotificationMailer(MailQueue mail, MessageSource messages, NotificationTexts texts,
            NotificationRepository notifications, AppProperties app, Clock clock) {
        this.mail = mail;
        this.messages = messages;
        this.texts = texts;
        this.notifications = notifications;
        this.app = app;
        this.clock = clock;
    }

    /** Whether mail can be sent at all: Spring Boot creates a {@link JavaMailSender} only when {@code spring.mail.host} is set. */
    public boolean available() {
        return mail.available();
    }

    /**
     * Writes the e-mail now (inside the caller's transaction, so nothing is read after it) and
     * queues it when that transaction commits. Does nothing when mail is not configured.
     */
    public void sendAfterCommit(long notificationId, AccountView recipient, Locale locale, String messageKey,
            List<String> arguments, String link) {
        if (!mail.available()) {
            return;
        }
        queue(List.of(notificationId), compose(recipient, locale, texts.text(messageKey, arguments, locale), link));
    }

    /** One line of a digest: a notification's text in the recipient's language, and its link (or null). */
    public record DigestLine(String text, String link) {
    }

    /**
     * Writes one digest e-mail listing {@code lines} (inside the caller's transaction) and queues
     * it when that transaction commits; the notifications are marked e-mailed once it is sent.
     * Does nothing when mail is not configured.
     */
    public void sendDigestAfterCommit(List<Long> notificationIds, AccountView recipient, Locale locale, List<DigestLine> lines) {
        if (!mail.available() || lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(message("notifications.digest.intro", locale, lines.size())).append("\n");
        for (DigestLine line : lines) {
            text.append("\n- ").append(line.text()).append("\n");
            if (line.link() != null) {
                text.append("  ").append(url(line.link(), locale)).append("\n");
            }
        }
        queue(List.copyOf(notificationIds), compose(recipient, locale,
                message("notifications.digest.subject", locale, lines.size()), text.toString().stripTrailing(), null));
    }

    private SimpleMailMessage compose(AccountView recipient, Locale locale, String text, String link) {
        return compose(recipient, locale, message("notifications.mail.subject", locale, shorten(text)), text, link);
    }

    private SimpleMailMessage compose(AccountView recipient, Locale locale, String subject, String text, String link) {
        String settings = url("/meldingen/instellingen", locale);
        StringBuilder body = new StringBuilder()
                .append(message("notifications.mail.greeting", locale, recipient.displayName())).append("\n\n")
                .append(text).append("\n\n");
        if (link != null) {
            body.append(message("notifications.mail.open", locale, url(link, locale))).append("\n");
        }
        body.append(message("notifications.mail.all", locale, url("/meldingen", locale))).append("\n\n")
                .append("-- \n")
                .append(message("notifications.mail.optOut", locale, settings)).append("\n");
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(app.mail().from());
        mail.setTo(recipient.email());
        mail.setSubject(subject);
        mail.setText(body.toString());
        return mail;
    }

    /** An absolute link; English readers get {@code lang=en}, so the page opens in their language. */
    private String url(String path, Locale locale) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(app.absolute(path));
        if (!"nl".equals(locale.getLanguage())) {
            url.replaceQueryParam("lang", locale.getLanguage());
        }
        return url.build().toUriString();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= SUBJECT_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, SUBJECT_LENGTH - 1)).strip() + "…";
    }

    /** After the commit, on the mail thread; the notifications are marked e-mailed once it is sent. */
    private void queue(List<Long> notificationIds, SimpleMailMessage message) {
        mail.sendAfterCommit(message, "notifications " + notificationIds,
                () -> notifications.markEmailed(notificationIds, clock.instant()));
    }
}
