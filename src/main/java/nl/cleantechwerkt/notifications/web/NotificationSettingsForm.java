package nl.cleantechwerkt.notifications.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The e-mail preference form: radio groups, so every value arrives from the page. A post without
 * {@code digestEnabled} (an older page) leaves the digest choice as it was.
 */
record NotificationSettingsForm(@NotNull Boolean emailEnabled, @NotNull @Pattern(regexp = "nl|en") String language,
        Boolean digestEnabled) {
}
