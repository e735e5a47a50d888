package nl.cleantechwerkt.accounts.web;

import jakarta.validation.constraints.NotBlank;

/** The password change form. */
record PasswordChangeForm(@NotBlank(message = "{password.currentRequired}") String currentPassword, String newPassword,
        String newPasswordConfirm) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
