package nl.cleantechwerkt.notifications;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notification's text in a given language: its message key with its arguments from the
 * message bundles. A key missing from the bundles shows as the key rather than failing the page.
 */
@Component
public class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(NotificationView notification, Locale locale) {
        return text(notification.messageKey(), notification.arguments(), locale);
    }

    public String text(String messageKey, List<String> arguments, Locale locale) {
        return messages.getMessage(messageKey, arguments.toArray(), messageKey, locale);
    }
}
