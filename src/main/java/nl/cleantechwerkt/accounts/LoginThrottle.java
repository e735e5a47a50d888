package nl.cleantechwerkt.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one e-mail
 * address (existing or not, so the lock reveals nothing) further attempts are refused for
 * {@link #LOCK} — a successful login resets the count. Kept in memory: one node, and a restart
 * forgets; the scale-out issue moves it to shared storage.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String email) {
        Attempts a = attempts.get(key(email));
        return a != null && a.lockedUntil != null && a.lockedUntil.isAfter(clock.instant());
    }

    public void failed(String email) {
        if (attempts.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            attempts.values().removeIf(a -> a.lockedUntil == null || a.lockedUntil.isBefore(now));
        }
        attempts.compute(key(email), (k, a) -> {
            Instant now = clock.instant();
            int failures = (a == null || (a.lockedUntil != null && a.lockedUntil.isBefore(now))) ? 1 : a.failures + 1;
            return new Attempts(failures, failures >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
    }

    public void succeeded(String email) {
        attempts.remove(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private record Attempts(int failures, Instant lockedUntil) {
    }
}
