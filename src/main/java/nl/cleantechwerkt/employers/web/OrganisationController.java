package nl.cleantechwerkt.employers.web;

import java.security.Principal;
import java.util.Optional;
import nl.cleantechwerkt.employers.EmployerView;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.shared.Sector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The employer's organisation profile: made on the first visit, changed later on the same page. */
@Controller
class OrganisationController {

    static final String PAGE = "employers/organisation";

    private final CurrentEmployer currentEmployer;
    private final Employers employers;
    private final Gazetteer gazetteer;

    OrganisationController(CurrentEmployer currentEmployer, Employers employers, Gazetteer gazetteer) {
        this.currentEmployer = currentEmployer;
        this.employers = employers;
        this.gazetteer = gazetteer;
    }

    @GetMapping("/werkgever")
    String profile(Principal principal, Model model) {
        Optional<EmployerView> organisation = employers.organisationOf(currentEmployer.userId(principal));
        return page(organisation.map(OrganisationForm::of).orElseGet(OrganisationForm::empty), organisation.isPresent(), model);
    }

    @PostMapping("/werkgever")
    String save(@ModelAttribute("form") OrganisationForm form, BindingResult errors, Principal principal, Model model) {
        long userId = currentEmployer.userId(principal);
        boolean exists = employers.organisationOf(userId).isPresent();
        FieldProblems.reject(errors, employers.check(form.toData()));
        if (errors.hasErrors()) {
            return page(form, exists, model);
        }
        employers.saveOrganisation(userId, form.toData());
        // A new organisation goes on to its (empty) list of needs, a changed one stays on its profile.
        return exists ? "redirect:/werkgever?opgeslagen" : "redirect:/werkgever/behoeften?welkom";
    }

    private String page(OrganisationForm form, boolean exists, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("exists", exists);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("regionMunicipalities", gazetteer.regionMunicipalities());
        return PAGE;
    }
}
