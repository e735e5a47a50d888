package nl.cleantechwerkt.learners.web;

import java.security.Principal;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The learner a request acts for: always the logged-in account, never an id from the request,
 * so a learner can only ever reach their own profile. An account deleted in another session
 * no longer counts.
 */
@Component
class CurrentLearner {

    private final Accounts accounts;

    CurrentLearner(Accounts accounts) {
        this.accounts = accounts;
    }

    AccountView of(Principal principal) {
        return accounts.find(principal.getName())
                .filter(account -> account.role() == Role.LEARNER)
                .orElseThrow(() -> new AccessDeniedException("Not a learner"));
    }
}
