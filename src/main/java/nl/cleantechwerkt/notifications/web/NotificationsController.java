package nl.cleantechwerkt.notifications.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.notifications.EmailPreference;
import nl.cleantechwerkt.notifications.NotificationTexts;
import nl.cleantechwerkt.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in user's notifications ({@code /meldingen}) and e-mail preference ({@code /meldingen/instellingen}). */
@Controller
@RequestMapping("/meldingen")
class NotificationsController {

    static final String LIST = "notifications/list";
    static final String SETTINGS = "notifications/settings";
    static final int SHOWN = 50;

    private final Notifications notifications;
    private final NotificationTexts texts;
    private final Accounts accounts;

    NotificationsController(Notifications notifications, NotificationTexts texts, Accounts accounts) {
        this.notifications = notifications;
        this.texts = texts;
        this.accounts = accounts;
    }

    /** One line of the list, its text already in the reader's language. */
    record NotificationRow(String text, String link, ZonedDateTime createdAt, boolean unread) {
    }

    @GetMapping
    String list(Principal principal, Locale locale, Model model) {
        long userId = userId(principal);
        List<NotificationRow> rows = notifications.recent(userId, SHOWN).stream()
                .map(n -> new NotificationRow(texts.text(n, locale), n.link(), n.createdAt(), n.unread()))
                .toList();
        model.addAttribute("notifications", rows);
        model.addAttribute("anyUnread", rows.stream().anyMatch(NotificationRow::unread));
        return LIST;
    }

    @PostMapping("/gelezen")
    String markAllRead(Principal principal) {
        notifications.markAllRead(userId(principal));
        return "redirect:/meldingen";
    }

    @GetMapping("/instellingen")
    String settings(Principal principal, Model model) {
        EmailPreference preference = notifications.emailPreference(userId(principal));
        model.addAttribute("form", new NotificationSettingsForm(preference.enabled(), preference.language(), preference.digest()));
        return settingsPage(model);
    }

    @PostMapping("/instellingen")
    String saveSettings(@Valid @ModelAttribute("form") NotificationSettingsForm form, BindingResult errors, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return settingsPage(model);
        }
        long userId = userId(principal);
        boolean digest = form.digestEnabled() != null ? form.digestEnabled() : notifications.emailPreference(userId).digest();
        notifications.changeEmailPreference(userId, new EmailPreference(form.emailEnabled(), form.language(), digest));
        redirect.addAttribute("opgeslagen", "");
        return "redirect:/meldingen/instellingen";
    }

    private String settingsPage(Model model) {
        model.addAttribute("languages", EmailPreference.LANGUAGES);
        model.addAttribute("emailAvailable", notifications.emailAvailable());
        return SETTINGS;
    }

    private long userId(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow().id();
    }
}
