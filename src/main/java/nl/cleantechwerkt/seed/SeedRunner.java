package nl.cleantechwerkt.seed;

import nl.cleantechwerkt.shared.AppProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the seed data on start-up, before the search index is checked. */
@Component
@Order(10)
class SeedRunner implements ApplicationRunner {

    private final SeedLoader loader;
    private final AppProperties properties;

    SeedRunner(SeedLoader loader, AppProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.seed().referenceData()) {
            loader.loadReferenceData();
        }
        if (properties.seed().courses()) {
            loader.loadCatalogue();
        }
    }
}
