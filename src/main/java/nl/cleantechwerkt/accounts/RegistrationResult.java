package nl.cleantechwerkt.accounts;

import java.util.Map;

/**
 * Outcome of a registration. A taken e-mail address is deliberately reported as success to
 * the page, so registration cannot be used to find out who has an account.
 *
 * @param fieldErrors field name → message key, for the form
 */
public record RegistrationResult(Map<String, String> fieldErrors) {

    public boolean ok() {
        return fieldErrors.isEmpty();
    }
}
