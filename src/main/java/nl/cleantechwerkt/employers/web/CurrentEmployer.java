package nl.cleantechwerkt.employers.web;

import java.security.Principal;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.employers.EmployerView;
import nl.cleantechwerkt.employers.Employers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The account and organisation a logged-in employer acts for: always from the login, never from the request. */
@Component
class CurrentEmployer {

    private final Accounts accounts;
    private final Employers employers;

    CurrentEmployer(Accounts accounts, Employers employers) {
        this.accounts = accounts;
        this.employers = employers;
    }

    /** The user id of the employer account. */
    long userId(Principal principal) {
        return accounts.find(principal.getName()).filter(a -> a.role() == Role.EMPLOYER).map(AccountView::id)
                .orElseThrow(() -> new AccessDeniedException("Not an employer"));
    }

    /** The organisation; pages about needs send an employer without one to the profile first. */
    EmployerView organisation(Principal principal) {
        return employers.organisationOf(userId(principal)).orElseThrow(NoOrganisationYet::new);
    }

    /** The employer has not described its organisation yet. */
    static class NoOrganisationYet extends RuntimeException {
        NoOrganisationYet() {
            super("No organisation profile yet", null, false, false);
        }
    }
}
