package nl.cleantechwerkt.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.cleantechwerkt.shared.ProviderKind;

/** An admin registers a provider. */
record ProviderForm(
        @NotBlank(message = "{provider.code.required}") @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "{provider.code.invalid}")
        String code,
        @NotBlank(message = "{provider.name.required}") @Size(max = 200, message = "{provider.name.tooLong}") String name,
        @NotNull(message = "{provider.kind.required}") ProviderKind kind,
        @Size(max = 100) String place,
        @Size(max = 300) String website) {

    static ProviderForm empty() {
        return new ProviderForm("", "", ProviderKind.MBO, "", "");
    }
}
