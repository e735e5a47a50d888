package nl.cleantechwerkt.accounts;

/**
 * A password hashed once for several accounts ({@link Accounts#sharedPassword(String)}); the
 * plain text is kept to check each account against the password policy. {@code toString} leaves
 * both out, so no log of it shows them.
 */
public final class SharedPassword {

    private final String password;
    private final String hash;

    SharedPassword(String password, String hash) {
        this.password = password;
        this.hash = hash;
    }

    String password() {
        return password;
    }

    String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return "SharedPassword[hidden]";
    }
}
