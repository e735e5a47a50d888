package nl.cleantechwerkt.matching.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.MatchRequest;
import nl.cleantechwerkt.matching.MatchResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An employer's need (DESIGN §5, need → courses): the courses that teach its skills, must-skills
 * counted as essential and nice-skills as optional, near the need's place, each explained. The
 * need page loads this section with htmx and links to it as a page of its own.
 */
@Controller
class NeedMatchesController {

    static final String PAGE = "matching/need-matches";
    static final int RADIUS_KM = 30;

    private final Accounts accounts;
    private final SkillNeeds needs;
    private final CourseMatcher matcher;
    private final MatchCards cards;

    NeedMatchesController(Accounts accounts, SkillNeeds needs, CourseMatcher matcher, MatchCards cards) {
        this.accounts = accounts;
        this.needs = needs;
        this.matcher = matcher;
        this.cards = cards;
    }

    @GetMapping("/werkgever/behoeften/{id}/koppelingen")
    String matches(@PathVariable long id, @RequestParam(required = false) Integer radiusKm, Principal principal, Locale locale,
            Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        long userId = accounts.find(principal.getName()).map(AccountView::id)
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
        SkillNeedView need = needs.ownNeed(userId, id);
        int radius = radiusKm == null ? RADIUS_KM : Math.max(1, Math.min(CourseMatcher.MAX_RADIUS_KM, radiusKm));
        MatchResult result = matcher.match(new MatchRequest(null, need.mustSkills(), need.niceSkills(), null,
                need.location().place(), (double) radius, null, null, null, null, null, CourseMatcher.DEFAULT_SIZE));
        model.addAttribute("need", need);
        model.addAttribute("radiusKm", radius);
        model.addAttribute("cards", cards.needCards(result, locale));
        model.addAttribute("askedSkills", List.of(need.mustSkills().size(), need.niceSkills().size()));
        return htmx != null ? PAGE + " :: courses" : PAGE;
    }
}
