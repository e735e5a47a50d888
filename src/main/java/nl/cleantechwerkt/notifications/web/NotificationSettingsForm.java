package nl.cleantechwerkt.notifications.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The e-mail preference form: two radio groups, so both values always arrive. */
record NotificationSettingsForm(@NotNull Boolean emailEnabled, @NotNull @Pattern(regexp = "nl|en") String language) {
}
