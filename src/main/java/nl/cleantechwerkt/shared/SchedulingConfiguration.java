package nl.cleantechwerkt.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the application's timed jobs (the alert check, the daily digest). The tests switch it
 * off ({@code app.scheduling.enabled=false}) and call those jobs themselves with a known time, so
 * no job runs in the middle of a test.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "app.scheduling", name = "enabled", havingValue = "true", matchIfMissing = true)
public class SchedulingConfiguration {
}
