package nl.cleantechwerkt.notifications.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A user's e-mail preference; a user without a row has the defaults. */
@Entity
public class NotificationSetting {

    @Id
    private Long userId;
    private boolean emailEnabled;
    private String language;
    private boolean digestEnabled;
    private LocalDate lastDigestOn;
    private Instant updatedAt;

    protected NotificationSetting() {
    }

    public NotificationSetting(long userId, boolean emailEnabled, String language, boolean digestEnabled, Instant now) {
        this.userId = userId;
        change(emailEnabled, language, digestEnabled, now);
    }

    public void change(boolean emailEnabled, String language, boolean digestEnabled, Instant now) {
        this.emailEnabled = emailEnabled;
        this.language = language;
        this.digestEnabled = digestEnabled;
        this.updatedAt = now;
    }

    public void digestSent(LocalDate day) {
        this.lastDigestOn = day;
    }

    public Long getUserId() {
        return userId;
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isDigestEnabled() {
        return digestEnabled;
    }

    public LocalDate getLastDigestOn() {
        return lastDigestOn;
    }
}
