package nl.cleantechwerkt.notifications;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A notification as its reader sees it: the text is {@code messageKey} with {@code arguments}
 * from the message bundles, rendered in the reader's language; {@code link} is a path in the
 * application (or null). Times are in the region's zone; {@code readAt} is null while unread.
 */
public record NotificationView(long id, String kind, String messageKey, List<String> arguments, String link,
        ZonedDateTime createdAt, ZonedDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
