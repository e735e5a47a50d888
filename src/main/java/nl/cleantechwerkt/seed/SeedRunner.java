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
    private final DemoLoader demo;
    private final AppProperties properties;

    SeedRunner(SeedLoader loader, DemoLoader demo, AppProperties properties) {
        this.loader = loader;
        this.demo = demo;
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
        // The demo's needs and learners refer to the taxonomy and the places, so they need the reference data.
        if (properties.seed().demo() && properties.seed().referenceData()) {
            demo.load(properties.seed());
        }
    }
}
