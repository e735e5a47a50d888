package nl.cleantechwerkt.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.notifications.domain.Notification;
import nl.cleantechwerkt.notifications.domain.NotificationRepository;
import nl.cleantechwerkt.notifications.domain.NotificationSetting;
import nl.cleantechwerkt.notifications.domain.NotificationSettingRepository;
import nl.cleantechwerkt.notifications.mail.NotificationMailer;
import nl.cleantechwerkt.notifications.mail.NotificationMailer.DigestLine;
import nl.cleantechwerkt.shared.TimeConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: notifications stored with {@link EmailDelivery#DIGEST} (alerts) wait, and
 * once a day, from {@link DigestProperties#digestTime()}, each user who opted in gets one e-mail
 * listing all of theirs, in the language of their preference; then they are marked e-mailed.
 *
 * <p>"Once a day" is kept by the day of the last digest, stored per user ({@code last_digest_on},
 * set in the same transaction that writes the mail): a second run on the same day, a restart or
 * a manual call sends nothing more, and what arrives later that day waits for tomorrow's. The
 * e-mail leaves after the commit, like every notification e-mail; if sending fails, the
 * notifications stay waiting and go in the next day's digest.
 *
 * <p>Opting out stops the mail: for a user whose e-mail or digest is off, the waiting
 * notifications are taken out of the digest (they stay in the application), so switching the
 * digest on later never mails a backlog of old news.
 */
@Service
public class DailyDigest {

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final Accounts accounts;
    private final NotificationMailer mailer;
    private final NotificationTexts texts;
    private final DigestProperties properties;

    DailyDigest(NotificationRepository notifications, NotificationSettingRepository settings, Accounts accounts,
            NotificationMailer mailer, NotificationTexts texts, DigestProperties properties) {
        this.notifications = notifications;
        this.settings = settings;
        this.accounts = accounts;
        this.mailer = mailer;
        this.texts = texts;
        this.properties = properties;
    }

    /**
     * Sends the digests that are due at {@code now}: to every user with waiting notifications who
     * wants the digest and has had none on this day. Returns how many digests were written.
     * Before the digest time of the day, and on a server without mail, it does nothing.
     */
    @Transactional
    public int sendDue(Instant now) {
        ZonedDateTime local = now.atZone(TimeConfiguration.ZONE);
        if (!mailer.available() || local.toLocalTime().isBefore(properties.digestTime())) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        int written = 0;
        for (long userId : notifications.usersWaiting(EmailDelivery.DIGEST, now)) {
            Optional<NotificationSetting> setting = settings.findById(userId);
            boolean wanted = setting.map(s -> s.isEmailEnabled() && s.isDigestEnabled())
                    .orElse(EmailPreference.DEFAULT.digestMailed());
            if (!wanted) {
                notifications.leaveOutOfDigest(userId, EmailDelivery.DIGEST, EmailDelivery.NONE);
                continue;
            }
            NotificationSetting chosen = setting.orElseThrow();
            Optional<AccountView> recipient = accounts.find(userId);
            if (today.equals(chosen.getLastDigestOn()) || recipient.isEmpty()) {
                continue;
            }
            EmailPreference preference = new EmailPreference(true, chosen.getLanguage(), true);
            List<Notification> waiting = notifications
                    .findByUserIdAndEmailDeliveryAndEmailedAtIsNullAndCreatedAtLessThanEqualOrderByCreatedAtAscIdAsc(userId,
                            EmailDelivery.DIGEST, now);
            List<DigestLine> lines = waiting.stream()
                    .map(n -> new DigestLine(texts.text(n.getMessageKey(), n.getArguments(), preference.locale()), n.getLink()))
                    .toList();
            mailer.sendDigestAfterCommit(waiting.stream().map(Notification::getId).toList(), recipient.get(),
                    preference.locale(), lines);
            chosen.digestSent(today);
            written++;
        }
        return written;
    }
}
