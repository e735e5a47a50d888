package nl.cleantechwerkt.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, in the region's time zone, so "today" is the same everywhere and tests can fix it. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
