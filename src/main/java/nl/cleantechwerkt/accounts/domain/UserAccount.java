package nl.cleantechwerkt.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.cleantechwerkt.accounts.Role;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String email;
    private String passwordHash;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String providerCode;
    private boolean enabled;
    private Instant createdAt;
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    public UserAccount(String email, String passwordHash, String displayName, Role role, String providerCode, Instant now) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.providerCode = providerCode;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** An account that cannot log in until its owner sets a password through the invitation link. */
    public static UserAccount invited(String email, String unusableHash, String displayName, Role role, String providerCode,
            Instant now) {
        UserAccount user = new UserAccount(email, unusableHash, displayName, role, providerCode, now);
        user.enabled = false;
        return user;
    }

    /** The owner chose a password through a one-time link: the account can log in from now on. */
    public void setPasswordFromLink(String newHash, Instant now) {
        changePassword(newHash, now);
        this.enabled = true;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public String getProviderCode() {
        return providerCode;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
