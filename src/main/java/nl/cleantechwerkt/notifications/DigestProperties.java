package nl.cleantechwerkt.notifications;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code app.notifications.*} settings of the daily digest.
 *
 * @param digestTime from this time of day (Europe/Amsterdam) the day's digests go out
 * @param digestCheckInterval how often the application looks for digests that are due; a
 *     restart or a busy server delays a digest by at most this much, never skips one
 */
@ConfigurationProperties(prefix = "app.notifications")
public record DigestProperties(@DefaultValue("07:00") LocalTime digestTime,
        @DefaultValue("PT5M") Duration digestCheckInterval) {
}
