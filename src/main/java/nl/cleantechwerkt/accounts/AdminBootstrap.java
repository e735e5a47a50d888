package nl.cleantechwerkt.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import nl.cleantechwerkt.shared.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin when there is none: from {@code APP_ADMIN_EMAIL} /
 * {@code APP_ADMIN_PASSWORD}, or with a random password that is logged once. It runs after the
 * seed data (order 10), before the application reports ready: its password hash (BCrypt, ~0.1 s
 * and more while the JIT is cold) need not delay the seed courses becoming searchable.
 */
@Component
@Order(15)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AppProperties.Admin settings;

    AdminBootstrap(Accounts accounts, AppProperties properties) {
        this.accounts = accounts;
        this.settings = properties.admin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        boolean generated = settings.password() == null || settings.password().isBlank();
        String password = generated ? randomPassword() : settings.password();
        accounts.create(settings.email(), password, "Beheerder", Role.ADMIN, null);
        if (generated) {
            log.warn("Created the first admin {} with the generated password {} (shown once; set APP_ADMIN_PASSWORD to choose it)",
                    settings.email(), password);
        } else {
            log.info("Created the first admin {}", settings.email());
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
