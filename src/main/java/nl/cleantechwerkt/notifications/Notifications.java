package nl.cleantechwerkt.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.notifications.domain.Notification;
import nl.cleantechwerkt.notifications.domain.NotificationRepository;
import nl.cleantechwerkt.notifications.domain.NotificationSetting;
import nl.cleantechwerkt.notifications.domain.NotificationSettingRepository;
import nl.cleantechwerkt.notifications.mail.NotificationMailer;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.shared.TimeConfiguration;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling users things. {@link #notify} stores a notification, which the user sees at
 * {@code /meldingen} (with a count in the header), and e-mails it when the server can send mail
 * and the user has not opted out.
 *
 * <p>The e-mail leaves only after the caller's transaction commits, on a thread of its own: an
 * invitation that is rolled back sends nothing, a slow or failing mail server never holds up or
 * undoes the caller's work (a failure is logged; the notification stays in the application).
 *
 * <p>{@code kind} names what it is about ({@code invitation}, {@code reply}, {@code alert}), so
 * pages and a later digest can group or filter; the text is {@code messageKey} with
 * {@code arguments} from the message bundles, rendered in the reader's language when shown
 * (and in the language of the user's preference in an e-mail).
 */
@Service
@Transactional
public class Notifications {

    /** At most this many arguments; each is cut to {@link #MAX_ARGUMENT_LENGTH} characters. */
    public static final int MAX_ARGUMENTS = 10;
    public static final int MAX_ARGUMENT_LENGTH = 150;
    private static final int MAX_RECENT = 200;
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-zA-Z0-9_.\\-]{1,100}");

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final Accounts accounts;
    private final NotificationMailer mailer;
    private final Clock clock;

    Notifications(NotificationRepository notifications, NotificationSettingRepository settings, Accounts accounts,
            NotificationMailer mailer, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.accounts = accounts;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Notifies a user, with an e-mail of its own ({@link EmailDelivery#IMMEDIATE}); returns the notification's id. */
    public long notify(long userId, String kind, String messageKey, List<String> arguments, String link) {
        return notify(userId, kind, messageKey, arguments, link, EmailDelivery.IMMEDIATE);
    }

    /**
     * Notifies a user; returns the notification's id.
     *
     * @param kind lower case, letters, digits and hyphens, e.g. {@code invitation}
     * @param messageKey a key of the message bundles; {@code arguments} fill its placeholders (cut
     *        to {@link #MAX_ARGUMENT_LENGTH} characters, so a long title never fails the caller)
     * @param link a path in the application ({@code /opleidingen/12}) or null; e-mails make it absolute
     * @throws NotFoundException when the user does not exist
     * @throws IllegalArgumentException for a malformed kind, key or link, or too many arguments
     */
    public long notify(long userId, String kind, String messageKey, List<String> arguments, String link,
            EmailDelivery email) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Kind must be lower case letters, digits and hyphens: " + kind);
        }
        if (messageKey == null || !MESSAGE_KEY.matcher(messageKey).matches()) {
            throw new IllegalArgumentException("Not a message key: " + messageKey);
        }
        Objects.requireNonNull(email, "email delivery");
        List<String> cleanArguments = arguments(arguments);
        String cleanLink = link(link);
        AccountView recipient = accounts.find(userId).orElseThrow(() -> new NotFoundException("user", userId));
        Notification saved = notifications.save(new Notification(userId, kind, messageKey, cleanArguments, cleanLink,
                email, clock.instant()));
        if (email == EmailDelivery.IMMEDIATE) {
            EmailPreference preference = emailPreference(userId);
            if (preference.enabled()) {
                mailer.sendAfterCommit(saved.getId(), recipient, preference.locale(), messageKey, cleanArguments, cleanLink);
            }
        }
        return saved.getId();
    }

    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    /** The user's latest notifications, newest first (at most {@code limit}, at most 200). */
    @Transactional(readOnly = true)
    public List<NotificationView> recent(long userId, int limit) {
        return notifications.findByUserIdOrderByCreatedAtDescIdDesc(userId, Limit.of(Math.max(1, Math.min(limit, MAX_RECENT))))
                .stream().map(Notifications::view).toList();
    }

    /** Marks every unread notification of the user as read; returns how many there were. */
    public int markAllRead(long userId) {
        return notifications.markAllRead(userId, clock.instant());
    }

    @Transactional(readOnly = true)
    public EmailPreference emailPreference(long userId) {
        return settings.findById(userId)
                .map(s -> new EmailPreference(s.isEmailEnabled(), s.getLanguage(), s.isDigestEnabled()))
                .orElse(EmailPreference.DEFAULT);
    }

    public void changeEmailPreference(long userId, EmailPreference preference) {
        Instant now = clock.instant();
        settings.findById(userId).ifPresentOrElse(
                s -> s.change(preference.enabled(), preference.language(), preference.digest(), now),
                () -> settings.save(new NotificationSetting(userId, preference.enabled(), preference.language(),
                        preference.digest(), now)));
    }

    /** Whether this server sends e-mail at all ({@code spring.mail.host} is set). */
    public boolean emailAvailable() {
        return mailer.available();
    }

    private static List<String> arguments(List<String> arguments) {
        if (arguments == null) {
            return List.of();
        }
        if (arguments.size() > MAX_ARGUMENTS) {
            throw new IllegalArgumentException("At most " + MAX_ARGUMENTS + " arguments");
        }
        return arguments.stream().map(Notifications::argument).toList();
    }

    /** Control characters become spaces (they have no place in a one-line text or a mail subject). */
    private static String argument(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.codePointCount(0, clean.length()) <= MAX_ARGUMENT_LENGTH) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_ARGUMENT_LENGTH - 1)).strip() + "…";
    }

    /** Only paths in this application: an e-mail must never carry a link to somewhere else. */
    private static String link(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\") || link.length() > 500
                || link.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("A link must be a path in the application: " + link);
        }
        return link;
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getMessageKey(), n.getArguments(), n.getLink(),
                zoned(n.getCreatedAt()), zoned(n.getReadAt()));
    }

    private static ZonedDateTime zoned(Instant instant) {
        return instant == null ? null : instant.atZone(TimeConfiguration.ZONE);
    }
}
