package nl.cleantechwerkt.matching.web;

import java.security.Principal;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The account id of the logged-in user: always from the login, never from the request. */
@Component
class CurrentUserId {

    private final Accounts accounts;

    CurrentUserId(Accounts accounts) {
        this.accounts = accounts;
    }

    long of(Principal principal) {
        return accounts.find(principal.getName()).map(AccountView::id)
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }
}
