package nl.cleantechwerkt.notifications.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.notifications.NotificationTexts;
import nl.cleantechwerkt.notifications.domain.NotificationRepository;
import nl.cleantechwerkt.shared.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes a notification's e-mail and sends it once the transaction that created the
 * notification has committed, on one mail thread of its own (in order, one at a time). Sending
 * after the commit means a rolled-back transaction never mails, and a mail cannot be undone
 * anyway; sending on another thread means the person who caused the notification does not wait
 * for the mail server. A mail that fails is logged and dropped: the notification itself is
 * stored and shown in the application either way.
 *
 * <p>The executor is a private field, not a bean: an {@code Executor} bean would replace the
 * task executor Spring Boot configures for the rest of the application.
 */
@Component
public class NotificationMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int QUEUED_MAILS = 1000;
    private static final int SUBJECT_LENGTH = 120;

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final NotificationTexts texts;
    private final NotificationRepository notifications;
    private final AppProperties app;
    private final Clock clock;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED_MAILS), runnable -> {
                Thread thread = new Thread(runnable, "notification-mail");
                thread.setDaemon(true);
                return thread;
            });

    NotificationMailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, NotificationTexts texts,
            NotificationRepository notifications, AppProperties app, Clock clock) {
        this.sender = sender.getIfAvailable();
        this.messages = messages;
        this.texts = texts;
        this.notifications = notifications;
        this.app = app;
        this.clock = clock;
    }

    /** Whether mail can be sent at all: Spring Boot creates a {@link JavaMailSender} only when {@code spring.mail.host} is set. */
    public boolean available() {
        return sender != null;
    }

    /**
     * Writes the e-mail now (inside the caller's transaction, so nothing is read after it) and
     * queues it when that transaction commits. Does nothing when mail is not configured.
     */
    public void sendAfterCommit(long notificationId, AccountView recipient, Locale locale, String messageKey,
            List<String> arguments, String link) {
        if (sender == null) {
            return;
        }
        SimpleMailMessage mail = compose(recipient, locale, texts.text(messageKey, arguments, locale), link);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                queue(List.of(notificationId), mail);
            }
        });
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
        if (sender == null || lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(message("notifications.digest.intro", locale, lines.size())).append("\n");
        for (DigestLine line : lines) {
            text.append("\n- ").append(line.text()).append("\n");
            if (line.link() != null) {
                text.append("  ").append(url(line.link(), locale)).append("\n");
            }
        }
        SimpleMailMessage mail = compose(recipient, locale, message("notifications.digest.subject", locale, lines.size()),
                text.toString().stripTrailing(), null);
        List<Long> ids = List.copyOf(notificationIds);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                queue(ids, mail);
            }
        });
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

    private void queue(List<Long> notificationIds, SimpleMailMessage mail) {
        try {
            executor.execute(() -> send(notificationIds, mail));
        } catch (RejectedExecutionException e) {
            log.warn("Mail queue full or closed: notifications {} are shown in the application only", notificationIds);
        }
    }

    private void send(List<Long> notificationIds, SimpleMailMessage mail) {
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            log.warn("E-mail for notifications {} not sent: {}", notificationIds, e.toString());
            return;
        }
        try {
            notifications.markEmailed(notificationIds, clock.instant());
        } catch (RuntimeException e) {
            log.warn("E-mail for notifications {} sent, but not recorded as sent", notificationIds, e);
        }
    }

    /** Lets queued mails go out on a normal shutdown, but does not hold it up for long. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("{} notification e-mails not sent at shutdown", executor.shutdownNow().size());
        }
    }
}
