package nl.cleantechwerkt.catalog.web;

import java.security.Principal;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseRegistration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's own courses: the list with drafts, published and archived ones, and taking a
 * course out of search or back in. The provider always comes from the logged-in user, never
 * from the request, so a guessed id of another school's course is simply not found.
 */
@Controller
class SchoolCoursesController {

    static final String LIST = "catalog/school-courses";

    private final Accounts accounts;
    private final CourseCatalog catalog;
    private final CourseRegistration registration;

    SchoolCoursesController(Accounts accounts, CourseCatalog catalog, CourseRegistration registration) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.registration = registration;
    }

    @GetMapping("/school/opleidingen")
    String list(Principal principal, Model model) {
        String provider = providerOf(principal);
        model.addAttribute("provider", catalog.provider(provider).orElseThrow());
        model.addAttribute("courses", catalog.coursesOf(provider));
        return LIST;
    }

    @PostMapping("/school/opleidingen/{id}/archiveren")
    String archive(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        registration.archive(providerOf(principal), id);
        redirect.addAttribute("gearchiveerd", id);
        return "redirect:/school/opleidingen";
    }

    @PostMapping("/school/opleidingen/{id}/publiceren")
    String publish(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        registration.republish(providerOf(principal), id);
        redirect.addAttribute("gepubliceerd", id);
        return "redirect:/school/opleidingen";
    }

    private String providerOf(Principal principal) {
        return accounts.find(principal.getName()).map(AccountView::providerCode)
                .filter(code -> code != null && !code.isBlank())
                .orElseThrow(() -> new AccessDeniedException("Not a school user"));
    }
}
