package nl.cleantechwerkt.catalog.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin creates a school user for a provider, with a first password to hand over. */
record SchoolUserForm(
        @NotBlank(message = "{register.email.required}") @Email(message = "{register.email.invalid}") String email,
        @NotBlank(message = "{register.displayName.required}") @Size(max = 100, message = "{register.displayName.tooLong}")
        String displayName,
        String password) {

    static SchoolUserForm empty() {
        return new SchoolUserForm("", "", "");
    }
}
