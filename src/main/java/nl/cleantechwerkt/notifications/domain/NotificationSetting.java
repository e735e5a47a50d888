package nl.cleantechwerkt.notifications.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A user's e-mail preference; a user without a row has the defaults. */
@Entity
public class NotificationSetting {

    @Id
    private Long userId;
    private boolean emailEnabled;
    private String language;
    private Instant updatedAt;

    protected NotificationSetting() {
    }

    public NotificationSetting(long userId, boolean emailEnabled, String language, Instant now) {
        this.userId = userId;
        change(emailEnabled, language, now);
    }

    public void change(boolean emailEnabled, String language, Instant now) {
        this.emailEnabled = emailEnabled;
        this.language = language;
        this.updatedAt = now;
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
}
