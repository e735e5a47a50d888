package nl.cleantechwerkt.search;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar app.jar --export-search-schema=DIR} writes the index settings and mappings this
 * release expects (on the opensearch profile: the JSON bodies to create each index with) under
 * DIR and exits. The first step of a zero-downtime reindex (docs/deploy.md): the new index is
 * created from them next to the one in use.
 */
@Component
@Order(5)
class SearchSchemaExport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchSchemaExport.class);
    static final String OPTION = "export-search-schema";

    private final EntityManagerFactory entityManagerFactory;
    private final ConfigurableApplicationContext context;

    SearchSchemaExport(EntityManagerFactory entityManagerFactory, ConfigurableApplicationContext context) {
        this.entityManagerFactory = entityManagerFactory;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> targets = args.getOptionValues(OPTION);
        if (targets == null || targets.isEmpty()) {
            return;
        }
        Path target = Path.of(targets.get(0));
        Search.mapping(entityManagerFactory).scope(Object.class).schemaManager().exportExpectedSchema(target);
        log.info("Search schema written under {}", target.toAbsolutePath());
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
