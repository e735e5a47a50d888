package nl.cleantechwerkt.alerts.web;

import java.security.Principal;
import java.util.Locale;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.alerts.SavedItem;
import nl.cleantechwerkt.alerts.SavedSearches;
import nl.cleantechwerkt.notifications.Notifications;
import nl.cleantechwerkt.search.SearchParameters;
import nl.cleantechwerkt.shared.InvalidRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learner's saved searches and advices ({@code /profiel/zoekopdrachten}): saved from the
 * search results ("Bewaar deze zoekopdracht") or the advice page, listed with a link that runs
 * them again, alerts on or off per item, and deleted. Every id is looked up within the
 * logged-in learner's own items, so another learner's id is a 404.
 */
@Controller
@RequestMapping("/profiel/zoekopdrachten")
class SavedSearchesController {

    static final String PAGE = "alerts/saved";

    private final SavedSearches saved;
    private final Accounts accounts;
    private final Notifications notifications;

    SavedSearchesController(SavedSearches saved, Accounts accounts, Notifications notifications) {
        this.saved = saved;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @GetMapping
    String list(Principal principal, Model model) {
        long userId = userId(principal);
        model.addAttribute("items", saved.savedBy(userId));
        model.addAttribute("digestMailed", notifications.emailAvailable() && notifications.emailPreference(userId).digestMailed());
        return PAGE;
    }

    /** Saves the search of the results page: {@code query} is its URL query, as {@link SearchParameters#queryString()} writes it. */
    @PostMapping
    String saveSearch(@RequestParam(defaultValue = "") String query, @RequestParam(required = false) String name,
            Principal principal, RedirectAttributes redirect) {
        long id = saved.saveSearch(userId(principal), name, SearchParameters.ofQueryString(query));
        redirect.addAttribute("bewaard", id);
        return "redirect:/profiel/zoekopdrachten";
    }

    @PostMapping("/advies")
    String saveAdvice(@RequestParam(defaultValue = "") String occupation, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        long id = saved.saveAdvice(userId(principal), occupation, locale);
        redirect.addAttribute("bewaard", id);
        return "redirect:/profiel/zoekopdrachten";
    }

    /** Runs a saved item again: the search results, or the advice. The link in alerts points here. */
    @GetMapping("/{id}")
    String open(@PathVariable long id, Principal principal) {
        SavedItem item = saved.saved(userId(principal), id);
        return "redirect:" + item.link();
    }

    @PostMapping("/{id}/meldingen")
    String switchAlerts(@PathVariable long id, @RequestParam String alerts, Principal principal) {
        if (!alerts.equals("on") && !alerts.equals("off")) {
            throw new InvalidRequestException("alerts", "error.value.unknown", "alerts", alerts);
        }
        saved.switchAlerts(userId(principal), id, alerts.equals("on"));
        return "redirect:/profiel/zoekopdrachten#zoekopdracht-" + id;
    }

    @PostMapping("/{id}/verwijderen")
    String delete(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        saved.delete(userId(principal), id);
        redirect.addAttribute("verwijderd", "");
        return "redirect:/profiel/zoekopdrachten";
    }

    private long userId(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow().id();
    }
}
