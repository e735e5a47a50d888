package nl.cleantechwerkt.notifications.web;

import java.security.Principal;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.notifications.Notifications;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notifications for the header's badge; no query at all when nobody is logged in. */
@ControllerAdvice
class UnreadBadge {

    private final Notifications notifications;
    private final Accounts accounts;

    UnreadBadge(Notifications notifications, Accounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(Principal principal) {
        if (principal == null) {
            return null;
        }
        return accounts.find(principal.getName()).map(account -> notifications.unreadCount(account.id())).orElse(null);
    }
}
