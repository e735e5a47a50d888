package nl.cleantechwerkt.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cleantechwerkt.accounts.domain.AccountToken;
import nl.cleantechwerkt.accounts.domain.AccountToken.Purpose;
import nl.cleantechwerkt.accounts.domain.AccountTokenRepository;
import nl.cleantechwerkt.accounts.domain.UserAccount;
import nl.cleantechwerkt.accounts.domain.UserAccountRepository;
import nl.cleantechwerkt.shared.AppProperties;
import nl.cleantechwerkt.shared.MailQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links that end with a password of the account owner's own choosing: the invitation
 * an admin sends a new school user (nobody else ever knows their password), and the reset link
 * of "wachtwoord vergeten". The link's secret is 256 random bits; only its SHA-256 hash is
 * stored, it works once, and setting a password retires every other open link of the account.
 *
 * <p>A reset request answers the same whether or not the address has an account (the caller
 * shows one message), and sends at most one mail per address per {@link #RESET_INTERVAL}.
 */
@Service
@Transactional
public class AccountLinks {

    private static final Logger log = LoggerFactory.getLogger(AccountLinks.class);
    static final Duration INVITATION_VALID = Duration.ofDays(7);
    static final Duration RESET_VALID = Duration.ofHours(1);
    static final Duration RESET_INTERVAL = Duration.ofMinutes(2);
    public static final String PATH = "/wachtwoord-instellen/";

    private final UserAccountRepository users;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final MailQueue mail;
    private final MessageSource messages;
    private final AppProperties app;
    private final Clock clock;

    AccountLinks(UserAccountRepository users, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, LoginThrottle throttle, MailQueue mail, MessageSource messages, AppProperties app,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.throttle = throttle;
        this.mail = mail;
        this.messages = messages;
        this.app = app;
        this.clock = clock;
    }

    /**
     * An invitation just issued.
     *
     * @param url the absolute link, to hand over in person when it was not e-mailed; never logged or stored
     * @param emailed whether an e-mail with the link is on its way
     */
    public record IssuedLink(String email, String url, Instant expiresAt, boolean emailed) {

        /** Leaves the link out, so no log of a model or flash map prints it. */
        @Override
        public String toString() {
            return "IssuedLink[" + email + ", expires " + expiresAt + ", emailed " + emailed + "]";
        }
    }

    /** What an open link is for, and whose it is, for the page that sets the password. */
    public record OpenLink(boolean invitation, String email, String displayName) {
    }

    /**
     * Creates an account that cannot log in yet and invites its owner to choose a password. An
     * account that was invited before and never set a password gets a new invitation (the old
     * link stops working).
     *
     * @throws IllegalArgumentException when the address belongs to an active account or to another
     *     role or provider, or a school user lacks a provider
     */
    public IssuedLink invite(String email, String displayName, Role role, String providerCode, String invitedBy,
            Locale locale) {
        if (role == Role.SCHOOL && (providerCode == null || providerCode.isBlank())) {
            throw new IllegalArgumentException("A school user needs a provider");
        }
        String normalised = Accounts.normalise(email);
        Instant now = clock.instant();
        UserAccount user = users.findByEmail(normalised).map(existing -> {
            if (existing.isEnabled() || existing.getRole() != role
                    || !java.util.Objects.equals(existing.getProviderCode(), role == Role.SCHOOL ? providerCode : null)) {
                throw new IllegalArgumentException("An account with this address exists");
            }
            return existing;
        }).orElseGet(() -> users.save(UserAccount.invited(normalised, passwordEncoder.encode(Secrets.random(32)),
                displayName.trim(), role, role == Role.SCHOOL ? providerCode : null, now)));
        tokens.useAll(user.getId(), now);
        String secret = Secrets.random(32);
        AccountToken token = tokens.save(new AccountToken(user.getId(), Purpose.INVITATION, Secrets.hash(secret), now,
                now.plus(INVITATION_VALID)));
        boolean emailed = mail.sendAfterCommit(mail(user, "accounts.mail.invitation", PATH + secret, locale, invitedBy),
                "invitation of account " + user.getId(), () -> { });
        log.info("Account {} ({}) invited by {}; link {}", user.getId(), role, invitedBy, emailed ? "e-mailed" : "shown to the admin");
        return new IssuedLink(user.getEmail(), app.absolute(PATH + secret), token.getExpiresAt(), emailed);
    }

    /** Sends a reset link to an active account's address; does nothing, visibly the same, otherwise. */
    public void requestReset(String email, Locale locale) {
        Optional<UserAccount> found = users.findByEmail(Accounts.normalise(email)).filter(UserAccount::isEnabled);
        if (found.isEmpty()) {
            log.info("Password reset asked for an address without an active account");
            return;
        }
        UserAccount user = found.get();
        Instant now = clock.instant();
        boolean recent = tokens.findByUserIdAndUsedAtIsNull(user.getId()).stream()
                .anyMatch(t -> t.getPurpose() == Purpose.PASSWORD_RESET && t.getCreatedAt().isAfter(now.minus(RESET_INTERVAL)));
        if (recent) {
            log.info("Password reset for account {} asked again within {}; no second mail", user.getId(), RESET_INTERVAL);
            return;
        }
        String secret = Secrets.random(32);
        tokens.save(new AccountToken(user.getId(), Purpose.PASSWORD_RESET, Secrets.hash(secret), now, now.plus(RESET_VALID)));
        if (!mail.sendAfterCommit(mail(user, "accounts.mail.reset", PATH + secret, locale, null),
                "password reset of account " + user.getId(), () -> { })) {
            log.warn("Password reset for account {} asked, but no mail server is configured (spring.mail.host)", user.getId());
        }
    }

    /** The link's purpose and owner while it still works. */
    @Transactional(readOnly = true)
    public Optional<OpenLink> open(String secret) {
        return usable(secret).flatMap(t -> users.findById(t.getUserId())
                .map(u -> new OpenLink(t.getPurpose() == Purpose.INVITATION, u.getEmail(), u.getDisplayName())));
    }

    /**
     * Sets the password the link's owner chose, activates an invited account and retires every
     * open link of the account.
     *
     * @return the message key of the problem: {@code password.link.invalid} or a policy violation
     */
    public Optional<String> setPassword(String secret, String password) {
        Optional<AccountToken> token = usable(secret);
        if (token.isEmpty()) {
            return Optional.of("password.link.invalid");
        }
        UserAccount user = users.findById(token.get().getUserId()).orElseThrow();
        Optional<String> violation = policy.violation(password, user.getEmail());
        if (violation.isPresent()) {
            return violation;
        }
        Instant now = clock.instant();
        user.setPasswordFromLink(passwordEncoder.encode(password), now);
        tokens.useAll(user.getId(), now);
        throttle.succeeded(user.getEmail());
        log.info("Account {} set its password through a {} link", user.getId(), token.get().getPurpose());
        return Optional.empty();
    }

    /** The users of a provider, active or still invited, for the admin's page. */
    @Transactional(readOnly = true)
    public List<ProviderUser> usersOf(String providerCode) {
        return users.findByProviderCodeOrderByEmail(providerCode).stream()
                .map(u -> new ProviderUser(u.getEmail(), u.getDisplayName(), u.isEnabled())).toList();
    }

    /** A school user as the admin sees them: {@code active} is false until the invitation is accepted. */
    public record ProviderUser(String email, String displayName, boolean active) {
    }

    private Optional<AccountToken> usable(String secret) {
        if (secret == null || !secret.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.hash(secret)).filter(t -> t.usableAt(clock.instant()));
    }

    private SimpleMailMessage mail(UserAccount user, String key, String path, Locale locale, String invitedBy) {
        String link = app.absolute(path) + ("nl".equals(locale.getLanguage()) ? "" : "?lang=" + locale.getLanguage());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(app.mail().from());
        message.setTo(user.getEmail());
        message.setSubject(messages.getMessage(key + ".subject", null, locale));
        message.setText(messages.getMessage(key + ".body",
                new Object[] {user.getDisplayName(), link, invitedBy == null ? "" : invitedBy}, locale));
        return message;
    }
}
