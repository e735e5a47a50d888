package nl.cleantechwerkt.alerts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code app.alerts.*} settings.
 *
 * @param checkInterval time between the end of one check of every saved item and the start of the next
 * @param maxCourses most courses a saved search is compared on; a broader search is not alerted on
 * @param maxSavedPerUser most searches and advices one learner may save
 */
@Validated
@ConfigurationProperties(prefix = "app.alerts")
public record AlertProperties(@DefaultValue("PT15M") Duration checkInterval,
        @DefaultValue("1000") @Min(10) @Max(10000) int maxCourses,
        @DefaultValue("50") @Min(1) @Max(1000) int maxSavedPerUser) {
}
