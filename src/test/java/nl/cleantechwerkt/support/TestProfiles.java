package nl.cleantechwerkt.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles of the integration tests: {@code test}, plus whatever {@code spring.profiles.active}
 * the build sets (the PostgreSQL execution sets {@code test,postgres,embedded-postgres}).
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String active = System.getProperty("spring.profiles.active");
        return active == null || active.isBlank() ? new String[] {"test"} : active.split(",");
    }
}
