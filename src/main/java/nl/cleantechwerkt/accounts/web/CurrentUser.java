package nl.cleantechwerkt.accounts.web;

import java.security.Principal;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user (or nothing) in every page's model, for the header. */
@ControllerAdvice
class CurrentUser {

    private final Accounts accounts;

    CurrentUser(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("currentUser")
    AccountView currentUser(Principal principal) {
        return principal == null ? null : accounts.find(principal.getName()).orElse(null);
    }
}
