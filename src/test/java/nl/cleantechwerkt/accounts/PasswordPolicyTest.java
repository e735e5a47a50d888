package nl.cleantechwerkt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsLongPassphrases() {
        assertThat(policy.violation("groene stroom uit Deventer", "sam@voorbeeld.nl")).isEmpty();
    }

    @Test
    void refusesShortCommonRepetitiveOrPersonalPasswords() {
        assertThat(policy.violation("kort", null)).hasValue("password.tooShort");
        assertThat(policy.violation("Wachtwoord1234", null)).hasValue("password.common");
        assertThat(policy.violation("aaaaaaaaaaaaaaaa", null)).hasValue("password.common");
        assertThat(policy.violation("ababababababab", null)).hasValue("password.common");
        assertThat(policy.violation("samdevries-2026-x", "samdevries@voorbeeld.nl")).hasValue("password.containsEmail");
        assertThat(policy.violation("x".repeat(20) + "€".repeat(20), null)).hasValue("password.tooLong");
    }
}
