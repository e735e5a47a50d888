package nl.cleantechwerkt.matching.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.matching.CandidateMatch;
import nl.cleantechwerkt.matching.CandidateMatcher;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.Invitations;
import nl.cleantechwerkt.matching.MatchReasons;
import nl.cleantechwerkt.matching.MatchRequest;
import nl.cleantechwerkt.matching.MatchResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An employer's need (DESIGN §5): the courses that teach its skills (must-skills counted as
 * essential, nice-skills as optional) near the need's place, and the consenting learners who fit
 * it, each explained, without names. The employer can invite a candidate; name and e-mail show
 * only once the learner accepts. The need page loads this with htmx and links to it as a page.
 */
@Controller
class NeedMatchesController {

    static final String PAGE = "matching/need-matches";
    static final int RADIUS_KM = 30;
    static final int CANDIDATES = 20;

    private final CurrentUserId currentUser;
    private final SkillNeeds needs;
    private final CourseMatcher matcher;
    private final CandidateMatcher candidateMatcher;
    private final Invitations invitations;
    private final MatchCards cards;
    private final MatchReasons reasons;

    NeedMatchesController(CurrentUserId currentUser, SkillNeeds needs, CourseMatcher matcher,
            CandidateMatcher candidateMatcher, Invitations invitations, MatchCards cards, MatchReasons reasons) {
        this.currentUser = currentUser;
        this.needs = needs;
        this.matcher = matcher;
        this.candidateMatcher = candidateMatcher;
        this.invitations = invitations;
        this.cards = cards;
        this.reasons = reasons;
    }

    /** A candidate with the labels of what they bring, and the invitation sent to them, if any. */
    record CandidateCard(CandidateMatch match, List<String> mustHave, List<String> mustInTraining, List<String> mustMissing,
            List<String> niceHave, List<String> niceInTraining, List<String> occupations, Invitations.InvitationView invitation) {
    }

    @GetMapping("/werkgever/behoeften/{id}/koppelingen")
    String matches(@PathVariable long id, @RequestParam(required = false) Integer radiusKm, Principal principal, Locale locale,
            Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        long userId = currentUser.of(principal);
        SkillNeedView need = needs.ownNeed(userId, id);
        int radius = radiusKm == null ? RADIUS_KM : Math.max(1, Math.min(CourseMatcher.MAX_RADIUS_KM, radiusKm));
        MatchResult result = matcher.match(new MatchRequest(null, need.mustSkills(), need.niceSkills(), null,
                need.location().place(), (double) radius, null, null, null, null, null, CourseMatcher.DEFAULT_SIZE));
        List<Invitations.InvitationView> sent = invitations.ofNeed(userId, id);
        Map<Long, Invitations.InvitationView> byProfile = sent.stream().filter(i -> i.candidateProfileId() != null)
                .collect(Collectors.toMap(Invitations.InvitationView::candidateProfileId, i -> i, (a, b) -> a));
        model.addAttribute("need", need);
        model.addAttribute("radiusKm", radius);
        model.addAttribute("cards", cards.needCards(result, locale));
        model.addAttribute("askedSkills", List.of(need.mustSkills().size(), need.niceSkills().size()));
        model.addAttribute("candidates", candidateMatcher.candidates(need, CANDIDATES).stream()
                .map(c -> new CandidateCard(c, reasons.labels(c.mustHave(), locale), reasons.labels(c.mustInTraining(), locale),
                        reasons.labels(c.mustMissing(), locale), reasons.labels(c.niceHave(), locale),
                        reasons.labels(c.niceInTraining(), locale), reasons.occupationLabels(c.candidate().targetOccupations(), locale),
                        byProfile.get(c.candidate().profileId())))
                .toList());
        model.addAttribute("contacts", sent.stream().filter(i -> i.contact() != null).toList());
        return htmx != null ? PAGE + " :: matches" : PAGE;
    }

    @PostMapping("/werkgever/behoeften/{id}/kandidaten/{profileId}/uitnodigen")
    String invite(@PathVariable long id, @PathVariable long profileId, @RequestParam(required = false) String message,
            Principal principal, RedirectAttributes redirect) {
        invitations.invite(currentUser.of(principal), id, profileId, message);
        redirect.addAttribute("uitgenodigd", profileId);
        // back to the card of the one invited: the list can be long, and its order may have changed
        return "redirect:/werkgever/behoeften/" + id + "/koppelingen#kandidaat-" + profileId;
    }
}
