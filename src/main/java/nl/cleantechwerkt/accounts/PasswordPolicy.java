package nl.cleantechwerkt.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The password rules: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}
 * (BCrypt reads 72 bytes), not one of the common passwords, and not the e-mail address.
 * Length over composition rules, as NIST SP 800-63B advises.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = getClass().getClassLoader().getResourceAsStream("accounts/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key of the first rule the password breaks, if any. */
    public Optional<String> violation(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("password.common");
        }
        if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            return Optional.of("password.containsEmail");
        }
        return Optional.empty();
    }
}
