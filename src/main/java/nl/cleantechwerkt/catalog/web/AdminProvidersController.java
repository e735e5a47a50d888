package nl.cleantechwerkt.catalog.web;

import jakarta.validation.Valid;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.PasswordPolicy;
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

/** The admin registers providers and creates the school users that maintain their courses. */
@Controller
class AdminProvidersController {

    static final String LIST = "catalog/admin-providers";
    static final String USERS = "catalog/admin-provider-users";

    private final CourseCatalog catalog;
    private final CourseRegistration registration;
    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;

    AdminProvidersController(CourseCatalog catalog, CourseRegistration registration, Accounts accounts,
            PasswordPolicy passwordPolicy) {
        this.catalog = catalog;
        this.registration = registration;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
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
        model.addAttribute("provider", catalog.provider(code).orElseThrow(() -> new NotFoundException("provider", code)));
        model.addAttribute("form", SchoolUserForm.empty());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return USERS;
    }

    @PostMapping("/admin/aanbieders/{code}/gebruikers")
    String createUser(@PathVariable String code, @Valid @ModelAttribute("form") SchoolUserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("provider", catalog.provider(code).orElseThrow(() -> new NotFoundException("provider", code)));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        passwordPolicy.violation(form.password(), form.email())
                .ifPresent(key -> errors.rejectValue("password", key, new Object[] {PasswordPolicy.MIN_LENGTH}, key));
        if (!errors.hasFieldErrors("email") && accounts.find(form.email()).isPresent()) {
            errors.rejectValue("email", "admin.user.exists");
        }
        if (errors.hasErrors()) {
            return USERS;
        }
        accounts.create(form.email(), form.password(), form.displayName().trim(), Role.SCHOOL, code);
        redirect.addAttribute("aangemaakt", form.email());
        return "redirect:/admin/aanbieders/" + code + "/gebruikers";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
