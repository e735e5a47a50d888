package nl.cleantechwerkt.catalog.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin invites a school user for a provider; the user chooses a password through the invitation. */
record SchoolUserForm(
        @NotBlank(message = "{register.email.required}") @Email(message = "{register.email.invalid}") String email,
        @NotBlank(message = "{register.displayName.required}") @Size(max = 100, message = "{register.displayName.tooLong}")
        String displayName) {

    static SchoolUserForm empty() {
        return new SchoolUserForm("", "");
    }
}
