package nl.cleantechwerkt.accounts.web;

import jakarta.validation.Valid;
import java.security.Principal;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.PasswordPolicy;
import nl.cleantechwerkt.accounts.RegistrationResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login page, self-registration for learners and employers, and the own account with password change. */
@Controller
class AccountController {

    static final String LOGIN = "accounts/login";
    static final String REGISTER = "accounts/register";
    static final String ACCOUNT = "accounts/account";

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/inloggen")
    String login() {
        return LOGIN;
    }

    @GetMapping("/registreren")
    String registrationForm(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return REGISTER;
    }

    @PostMapping("/registreren")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        if (form.password() == null || !form.password().equals(form.passwordConfirm())) {
            errors.rejectValue("passwordConfirm", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return REGISTER;
        }
        RegistrationResult result = accounts.register(form.email(), form.password(), form.displayName(), form.role());
        if (!result.ok()) {
            result.fieldErrors().forEach((field, key) -> errors.rejectValue(field, key, new Object[] {PasswordPolicy.MIN_LENGTH}, key));
            return REGISTER;
        }
        redirect.addAttribute("geregistreerd", "");
        return "redirect:/inloggen";
    }

    @GetMapping("/account")
    String account(Principal principal, Model model) {
        model.addAttribute("account", current(principal));
        model.addAttribute("passwordForm", PasswordChangeForm.empty());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return ACCOUNT;
    }

    @PostMapping("/account/wachtwoord")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult errors,
            Principal principal, Model model, RedirectAttributes redirect) {
        model.addAttribute("account", current(principal));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        if (form.newPassword() == null || !form.newPassword().equals(form.newPasswordConfirm())) {
            errors.rejectValue("newPasswordConfirm", "password.mismatch");
        }
        if (errors.hasErrors()) {
            return ACCOUNT;
        }
        var problem = accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword());
        if (problem.isPresent()) {
            String field = "password.currentWrong".equals(problem.get()) ? "currentPassword" : "newPassword";
            errors.rejectValue(field, problem.get(), new Object[] {PasswordPolicy.MIN_LENGTH}, problem.get());
            return ACCOUNT;
        }
        redirect.addAttribute("gewijzigd", "");
        return "redirect:/account";
    }

    private AccountView current(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow();
    }
}
