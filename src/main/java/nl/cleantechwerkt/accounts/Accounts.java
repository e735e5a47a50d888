package nl.cleantechwerkt.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.cleantechwerkt.accounts.domain.UserAccount;
import nl.cleantechwerkt.accounts.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and changing passwords, with the password policy applied everywhere. */
@Service
@Transactional
public class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    /** Computed on first use; a race computes it twice, which is harmless. */
    private volatile String unusableHash;

    Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.clock = clock;
    }

    /** Self-registration of a learner or employer. */
    public RegistrationResult register(String email, String password, String displayName, Role role) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (role == null || !role.selfRegistration()) {
            errors.put("role", "register.role.invalid");
        }
        policy.violation(password, email).ifPresent(key -> errors.put("password", key));
        if (!errors.isEmpty()) {
            return new RegistrationResult(errors);
        }
        String normalised = normalise(email);
        if (users.existsByEmail(normalised)) {
            log.info("Registration for an existing address ignored");
            return new RegistrationResult(Map.of());
        }
        users.save(new UserAccount(normalised, passwordEncoder.encode(password), displayName.trim(), role, null, clock.instant()));
        return new RegistrationResult(Map.of());
    }

    /**
     * Creates an account with any role (admins, school users).
     *
     * @throws IllegalArgumentException when the password breaks the policy or the address is taken
     */
    public AccountView create(String email, String password, String displayName, Role role, String providerCode) {
        return create(email, password, () -> passwordEncoder.encode(password), displayName, role, providerCode);
    }

    /**
     * As {@link #create(String, String, String, Role, String)}, for many accounts with one password
     * (the demo accounts): the password was hashed once by {@link #sharedPassword(String)}, so
     * each account costs an insert instead of a BCrypt round of about 0.1 s.
     */
    public AccountView create(String email, SharedPassword password, String displayName, Role role, String providerCode) {
        return create(email, password.password(), password::hash, displayName, role, providerCode);
    }

    /** Hashes a password once for {@link #create(String, SharedPassword, String, Role, String)}. */
    public SharedPassword sharedPassword(String password) {
        return new SharedPassword(password, passwordEncoder.encode(password));
    }

    private AccountView create(String email, String password, Supplier<String> hash, String displayName, Role role,
            String providerCode) {
        policy.violation(password, email).ifPresent(key -> {
            throw new IllegalArgumentException("Password rejected: " + key);
        });
        if (role == Role.SCHOOL && (providerCode == null || providerCode.isBlank())) {
            throw new IllegalArgumentException("A school user needs a provider");
        }
        String normalised = normalise(email);
        if (users.existsByEmail(normalised)) {
            throw new IllegalArgumentException("An account with this address exists");
        }
        return view(users.save(new UserAccount(normalised, hash.get(), displayName, role,
                role == Role.SCHOOL ? providerCode : null, clock.instant())));
    }

    /**
     * Creates a disabled account that cannot log in (as an invitation does, without the link),
     * for generated benchmark data. All such accounts share one hash of a random secret that is
     * never kept: hashing once instead of per account makes 20,000 accounts take seconds, not
     * half an hour of BCrypt.
     *
     * @return the id of the new account, or empty when the address is taken
     */
    public Optional<Long> createWithoutLogin(String email, String displayName, Role role) {
        if (role == Role.SCHOOL) {
            throw new IllegalArgumentException("A school user needs a provider");
        }
        String normalised = normalise(email);
        if (users.existsByEmail(normalised)) {
            return Optional.empty();
        }
        return Optional.of(users.save(UserAccount.invited(normalised, unusableHash(), displayName, role, null,
                clock.instant())).getId());
    }

    private String unusableHash() {
        String hash = unusableHash;
        if (hash == null) {
            hash = passwordEncoder.encode(Secrets.random(32));
            unusableHash = hash;
        }
        return hash;
    }

    /** Changes the password after checking the current one; returns the message key of the problem, if any. */
    public Optional<String> changePassword(String email, String currentPassword, String newPassword) {
        UserAccount user = users.findByEmail(normalise(email)).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            return Optional.of("password.currentWrong");
        }
        Optional<String> violation = policy.violation(newPassword, email);
        if (violation.isPresent()) {
            return violation;
        }
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        return Optional.empty();
    }

    /**
     * Deletes an account for good, at its owner's request. The module that keeps data about the
     * account removes that first, in the same transaction (the database refuses otherwise).
     */
    public void delete(long userId) {
        users.findById(userId).ifPresent(user -> {
            users.delete(user);
            users.flush();
            log.info("Account {} deleted", userId);
        });
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(String email) {
        return users.findByEmail(normalise(email)).map(Accounts::view);
    }

    /** By id, for modules that keep only the id (notifications need the address). */
    @Transactional(readOnly = true)
    public Optional<AccountView> find(long id) {
        return users.findById(id).map(Accounts::view);
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static AccountView view(UserAccount u) {
        return new AccountView(u.getId(), u.getEmail(), u.getDisplayName(), u.getRole(), u.getProviderCode());
    }
}
