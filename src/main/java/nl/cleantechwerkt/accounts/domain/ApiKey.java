package nl.cleantechwerkt.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String providerCode;
    private String keyPrefix;
    private String keyHash;
    private String label;
    private String createdBy;
    private Instant createdAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    public ApiKey(String providerCode, String keyPrefix, String keyHash, String label, String createdBy, Instant now) {
        this.providerCode = providerCode;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getProviderCode() {
        return providerCode;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getLabel() {
        return label;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
