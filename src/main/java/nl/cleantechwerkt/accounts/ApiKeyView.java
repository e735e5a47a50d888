package nl.cleantechwerkt.accounts;

import java.time.ZonedDateTime;

/**
 * An API key as the admin's page lists it: never the secret or its hash. {@code keyStart} is
 * the visible start of the key ({@code ctw_<prefix>}), by which the admin tells it from the one
 * a provider holds. Times are in the region's zone; {@code lastUsedAt} and {@code revokedAt}
 * are null when that has not happened.
 */
public record ApiKeyView(long id, String keyStart, String label, String createdBy, ZonedDateTime createdAt,
        ZonedDateTime lastUsedAt, ZonedDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
