package nl.cleantechwerkt.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.cleantechwerkt.accounts.Role;

/** What the registration form posts. The password rules are checked by the password policy. */
record RegistrationForm(
        @NotBlank(message = "{register.email.required}") @Email(message = "{register.email.invalid}")
        @Size(max = 254, message = "{register.email.invalid}") String email,
        @NotBlank(message = "{register.displayName.required}") @Size(max = 100, message = "{register.displayName.tooLong}")
        String displayName,
        @NotNull(message = "{register.role.invalid}") Role role,
        String password,
        String passwordConfirm) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", Role.LEARNER, "", "");
    }
}
