package nl.cleantechwerkt.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed with or without the web layer (e.g. the first admin at start-up). */
@Configuration(proxyBeanMethods = false)
class PasswordEncoding {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: BCrypt today, with the algorithm in the stored hash so it can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
