package nl.cleantechwerkt.catalog.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import nl.cleantechwerkt.accounts.AccountLinks;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ProviderData;
import nl.cleantechwerkt.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin registers providers and invites the school users that maintain their courses: the
 * invitation e-mails a one-time link where the new user chooses their own password (without a
 * mail server the link is shown once, to hand over).
 */
@Controller
class AdminProvidersController {

    static final String LIST = "catalog/admin-providers";
    static final String USERS = "catalog/admin-provider-users";

    private final CourseCatalog catalog;
    private final CourseRegistration registration;
    private final Accounts accounts;
    private final AccountLinks links;

    AdminProvidersController(CourseCatalog catalog, CourseRegistration registration, Accounts accounts,
            AccountLinks links) {
        this.catalog = catalog;
        this.registration = registration;
        this.accounts = accounts;
        this.links = links;
    }

    @GetMapping("/admin/aanbieders")
    String list(Model model) {
        model.addAttribute("form", ProviderForm.empty());
        return withProviders(model);
    }

    private String withProviders(Model model) {
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("kinds", nl.cleantechwerkt.shared.ProviderKind.values());
        return LIST;
    }

    @PostMapping("/admin/aanbieders")
    String create(@Valid @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("code") && registration.providerExists(form.code())) {
            errors.rejectValue("code", "error.provider.exists", new Object[] {form.code()}, null);
        }
        if (errors.hasErrors()) {
            return withProviders(model);
        }
        registration.registerProvider(new ProviderData(form.code(), form.name().trim(), form.kind(), null,
                blankToNull(form.website()), blankToNull(form.place()), null, null));
        redirect.addAttribute("aangemaakt", form.code());
        return "redirect:/admin/aanbieders";
    }

    @GetMapping("/admin/aanbieders/{code}/gebruikers")
    String users(@PathVariable String code, Model model) {
        model.addAttribute("form", SchoolUserForm.empty());
        return withUsers(code, model);
    }

    @PostMapping("/admin/aanbieders/{code}/gebruikers")
    String inviteUser(@PathVariable String code, @Valid @ModelAttribute("form") SchoolUserForm form, BindingResult errors,
            Model model, Principal admin, Locale locale, RedirectAttributes redirect) {
        withUsers(code, model);
        // An invited user of this provider who never set a password may be invited again; any other account is taken.
        if (!errors.hasFieldErrors("email") && accounts.find(form.email()).filter(a -> links.usersOf(code).stream()
                .noneMatch(u -> u.email().equals(a.email()) && !u.active())).isPresent()) {
            errors.rejectValue("email", "admin.user.exists");
        }
        if (errors.hasErrors()) {
            return USERS;
        }
        AccountLinks.IssuedLink link = links.invite(form.email(), form.displayName(), Role.SCHOOL, code, admin.getName(), locale);
        redirect.addFlashAttribute("invited", link);
        return "redirect:/admin/aanbieders/" + code + "/gebruikers";
    }

    private String withUsers(String code, Model model) {
        model.addAttribute("provider", catalog.provider(code).orElseThrow(() -> new NotFoundException("provider", code)));
        model.addAttribute("users", links.usersOf(code));
        return USERS;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
