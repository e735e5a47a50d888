package nl.cleantechwerkt.catalog.web;

import java.security.Principal;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The provider a logged-in school user acts for: always from the account, never from the request. */
@Component
class CurrentProvider {

    private final Accounts accounts;

    CurrentProvider(Accounts accounts) {
        this.accounts = accounts;
    }

    String of(Principal principal) {
        return accounts.find(principal.getName()).map(AccountView::providerCode)
                .filter(code -> code != null && !code.isBlank())
                .orElseThrow(() -> new AccessDeniedException("Not a school user"));
    }
}
