package nl.cleantechwerkt.notifications;

import java.util.List;
import java.util.Locale;

/**
 * Whether a user wants notifications by e-mail, in which language ({@code nl} or {@code en}), and
 * whether they want the daily digest of alerts (new courses for their saved searches, new
 * candidates for their needs). Without a choice of their own: e-mail yes, in Dutch, no digest —
 * alert mail is opt-in. {@code enabled = false} stops every e-mail, the digest included.
 */
public record EmailPreference(boolean enabled, String language, boolean digest) {

    public static final List<String> LANGUAGES = List.of("nl", "en");
    public static final EmailPreference DEFAULT = new EmailPreference(true, "nl", false);

    public EmailPreference {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
    }

    /** Whether the daily digest goes out: e-mail on and the digest chosen. */
    public boolean digestMailed() {
        return enabled && digest;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
