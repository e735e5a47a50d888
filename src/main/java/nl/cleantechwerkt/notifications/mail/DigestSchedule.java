package nl.cleantechwerkt.notifications.mail;

import java.time.Clock;
import nl.cleantechwerkt.notifications.DailyDigest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for due digests every {@code app.notifications.digest-check-interval}; {@link DailyDigest}
 * decides whether one is due, so a missed run (a restart at seven) only delays the digest.
 * Runs only where scheduling is on ({@code app.scheduling.enabled}).
 */
@Component
class DigestSchedule {

    private final DailyDigest digest;
    private final Clock clock;

    DigestSchedule(DailyDigest digest, Clock clock) {
        this.digest = digest;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.notifications.digest-check-interval:PT5M}", initialDelayString = "PT1M")
    void sendDue() {
        digest.sendDue(clock.instant());
    }
}
