package nl.cleantechwerkt.accounts;

/** A user as other modules and pages see it (never the password hash). */
public record AccountView(long id, String email, String displayName, Role role, String providerCode) {
}
