package nl.cleantechwerkt.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import nl.cleantechwerkt.accounts.domain.ApiKey;
import nl.cleantechwerkt.accounts.domain.ApiKeyRepository;
import nl.cleantechwerkt.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of providers, for imports by a program. A key is {@code ctw_<prefix>_<secret>}: the
 * prefix finds the row, and only a SHA-256 hash of the whole key is stored. A slow password hash
 * is not needed here: the secret has 192 random bits, so it cannot be guessed from its hash,
 * and SHA-256 keeps every API call cheap. The key is shown once, when issued.
 */
@Service
@Transactional
public class ApiKeys {

    private static final String PREFIX = "ctw_";

    private final ApiKeyRepository keys;
    private final Clock clock;

    ApiKeys(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A newly issued key: the only time its plain text exists. {@code toString} leaves the secret
     * out, so a log line or a debug dump of a model or flash map never carries it.
     */
    public record IssuedKey(long id, String providerCode, String key) {

        @Override
        public String toString() {
            return "IssuedKey[id=" + id + ", providerCode=" + providerCode + ", key="
                    + key.substring(0, key.lastIndexOf('_') + 1) + "…]";
        }
    }

    /** Issues a key; a blank label is stored as none. */
    public IssuedKey issue(String providerCode, String label, String issuedBy) {
        String prefix = Secrets.random(6);
        String key = PREFIX + prefix + "_" + Secrets.random(24);
        String trimmedLabel = label == null || label.isBlank() ? null : label.trim();
        ApiKey saved = keys.save(new ApiKey(providerCode, prefix, Secrets.hash(key), trimmedLabel, issuedBy, clock.instant()));
        return new IssuedKey(saved.getId(), providerCode, key);
    }

    /** Revokes a key of this provider at once (again is harmless); the key as it now is. */
    public ApiKeyView revoke(String providerCode, long id) {
        ApiKey key = keys.findByIdAndProviderCode(id, providerCode).orElseThrow(() -> new NotFoundException("apiKey", id));
        key.revoke(clock.instant());
        return view(key);
    }

    /** A provider's keys, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<ApiKeyView> keysOf(String providerCode) {
        return keys.findByProviderCodeOrderByCreatedAtDescIdDesc(providerCode).stream().map(this::view).toList();
    }

    private ApiKeyView view(ApiKey key) {
        return new ApiKeyView(key.getId(), PREFIX + key.getKeyPrefix(), key.getLabel(), key.getCreatedBy(),
                inRegion(key.getCreatedAt()), inRegion(key.getLastUsedAt()), inRegion(key.getRevokedAt()));
    }

    private ZonedDateTime inRegion(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone());
    }

    /** The provider a valid, unrevoked key belongs to. */
    public Optional<String> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        String[] parts = key.substring(PREFIX.length()).split("_", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return keys.findByKeyPrefix(parts[0])
                .filter(k -> !k.isRevoked())
                .filter(k -> Secrets.sameHash(k.getKeyHash(), Secrets.hash(key)))
                .map(k -> {
                    k.used(clock.instant());
                    return k.getProviderCode();
                });
    }


}
