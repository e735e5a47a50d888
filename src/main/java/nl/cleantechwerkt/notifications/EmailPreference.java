package nl.cleantechwerkt.notifications;

import java.util.List;
import java.util.Locale;

/**
 * Whether a user wants notifications by e-mail, and in which language ({@code nl} or {@code en}).
 * Without a choice of their own: yes, in Dutch.
 */
public record EmailPreference(boolean enabled, String language) {

    public static final List<String> LANGUAGES = List.of("nl", "en");
    public static final EmailPreference DEFAULT = new EmailPreference(true, "nl");

    public EmailPreference {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
