package nl.cleantechwerkt.matching.web;

import java.security.Principal;
import nl.cleantechwerkt.matching.Invitations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The learner's invitations from employers: read, then accept (which shares name and e-mail) or decline. */
@Controller
class LearnerInvitationsController {

    static final String PAGE = "matching/invitations";

    private final CurrentUserId currentUser;
    private final Invitations invitations;

    LearnerInvitationsController(CurrentUserId currentUser, Invitations invitations) {
        this.currentUser = currentUser;
        this.invitations = invitations;
    }

    @GetMapping("/profiel/uitnodigingen")
    String list(Principal principal, Model model) {
        model.addAttribute("invitations", invitations.ofLearner(currentUser.of(principal)));
        return PAGE;
    }

    @PostMapping("/profiel/uitnodigingen/{id}/antwoord")
    String answer(@PathVariable long id, @RequestParam boolean accept, Principal principal, RedirectAttributes redirect) {
        invitations.answer(currentUser.of(principal), id, accept);
        redirect.addAttribute(accept ? "geaccepteerd" : "afgewezen", id);
        return "redirect:/profiel/uitnodigingen";
    }
}
