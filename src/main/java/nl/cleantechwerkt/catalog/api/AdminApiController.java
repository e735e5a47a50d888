package nl.cleantechwerkt.catalog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import nl.cleantechwerkt.accounts.ApiKeys;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ProviderData;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.shared.ProviderKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The admin's API (HTTP Basic): providers and their API keys. */
@RestController
@Tag(name = "Admin", description = "Providers and API keys (admin only, HTTP Basic)")
class AdminApiController {

    private final CourseRegistration registration;
    private final ApiKeys apiKeys;

    AdminApiController(CourseRegistration registration, ApiKeys apiKeys) {
        this.registration = registration;
        this.apiKeys = apiKeys;
    }

    record NewProvider(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,39}", message = "{provider.code.invalid}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull ProviderKind kind,
            @Size(max = 100) String municipality) {
    }

    record ProviderCreated(String code, String name, ProviderKind kind) {
    }

    record NewKey(@Size(max = 100) String label) {
    }

    @PostMapping("/api/v1/admin/providers")
    @Operation(summary = "Register a provider")
    ResponseEntity<ProviderCreated> createProvider(@Valid @RequestBody NewProvider provider) {
        registration.registerProvider(new ProviderData(provider.code(), provider.name(), provider.kind(), null, null,
                provider.municipality(), null, null));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ProviderCreated(provider.code(), provider.name(), provider.kind()));
    }

    @PostMapping("/api/v1/admin/providers/{code}/api-keys")
    @Operation(summary = "Issue an API key for a provider; the key is in this response only")
    ResponseEntity<ApiKeys.IssuedKey> issueKey(@PathVariable String code, @RequestBody(required = false) NewKey request,
            Principal admin) {
        if (!registration.providerExists(code)) {
            throw new NotFoundException("provider", code);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(apiKeys.issue(code, request == null ? null : request.label(), admin.getName()));
    }

    @DeleteMapping("/api/v1/admin/providers/{code}/api-keys/{id}")
    @Operation(summary = "Revoke an API key")
    ResponseEntity<Void> revokeKey(@PathVariable String code, @PathVariable long id) {
        apiKeys.revoke(code, id);
        return ResponseEntity.noContent().build();
    }
}
