package nl.cleantechwerkt.accounts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Optional;
import nl.cleantechwerkt.accounts.AccountLinks;
import nl.cleantechwerkt.accounts.PasswordPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Wachtwoord vergeten" and the page behind every one-time link (invitation or reset), where the
 * account owner chooses a password. The request page answers the same for every address.
 */
@Controller
class PasswordLinksController {

    static final String FORGOT = "accounts/forgot-password";
    static final String SET = "accounts/set-password";
    static final String INVALID = "accounts/link-invalid";

    private final AccountLinks links;

    PasswordLinksController(AccountLinks links) {
        this.links = links;
    }

    record ResetRequestForm(@NotBlank(message = "{register.email.required}") @Email(message = "{register.email.invalid}")
            String email) {
    }

    record NewPasswordForm(String password, String passwordConfirm) {
    }

    @GetMapping("/wachtwoord-vergeten")
    String forgotForm(Model model) {
        model.addAttribute("form", new ResetRequestForm(""));
        return FORGOT;
    }

    @PostMapping("/wachtwoord-vergeten")
    String forgot(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult errors, Model model, Locale locale) {
        if (errors.hasErrors()) {
            return FORGOT;
        }
        links.requestReset(form.email(), locale);
        model.addAttribute("sent", true);
        return FORGOT;
    }

    @GetMapping(AccountLinks.PATH + "{secret}")
    String setForm(@PathVariable String secret, Model model) {
        return withLink(secret, model).map(link -> {
            model.addAttribute("form", new NewPasswordForm("", ""));
            return SET;
        }).orElse(INVALID);
    }

    @PostMapping(AccountLinks.PATH + "{secret}")
    String set(@PathVariable String secret, @ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (withLink(secret, model).isEmpty()) {
            return INVALID;
        }
        if (form.password() == null || !form.password().equals(form.passwordConfirm())) {
            errors.rejectValue("passwordConfirm", "password.mismatch");
            return SET;
        }
        Optional<String> problem = links.setPassword(secret, form.password());
        if (problem.isPresent()) {
            if ("password.link.invalid".equals(problem.get())) {
                return INVALID;
            }
            errors.rejectValue("password", problem.get(), new Object[] {PasswordPolicy.MIN_LENGTH}, problem.get());
            return SET;
        }
        redirect.addAttribute("wachtwoord-ingesteld", "");
        return "redirect:/inloggen";
    }

    private Optional<AccountLinks.OpenLink> withLink(String secret, Model model) {
        Optional<AccountLinks.OpenLink> link = links.open(secret);
        link.ifPresent(l -> {
            model.addAttribute("link", l);
            model.addAttribute("secret", secret);
            model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        });
        return link;
    }
}
