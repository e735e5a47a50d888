package nl.cleantechwerkt.seed;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar app.jar --generate courses=100000 seed=42 --app.data-dir=…} fills the database
 * (and index) with a synthetic catalogue for benchmarks, prints its progress, and exits.
 */
@Component
@Order(30)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final CatalogGenerator generator;
    private final ConfigurableApplicationContext context;

    GenerateCommand(CatalogGenerator generator, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("generate")) {
            return;
        }
        Map<String, String> settings = new HashMap<>();
        for (String arg : args.getNonOptionArgs()) {
            String[] pair = arg.split("=", 2);
            settings.put(pair[0].toLowerCase(Locale.ROOT), pair.length > 1 ? pair[1] : "");
        }
        int courses = Integer.parseInt(settings.getOrDefault("courses", "100000").replace("_", ""));
        long seed = Long.parseLong(settings.getOrDefault("seed", "42"));
        long start = System.nanoTime();
        long runs = generator.generate(courses, seed, written -> {
            double seconds = (System.nanoTime() - start) / 1e9;
            log.info("Generated {} / {} courses ({} courses/s)", written, courses, Math.round(written / seconds));
        });
        log.info("Generated {} courses with {} runs in {} s (seed {})", courses, runs,
                Math.round((System.nanoTime() - start) / 1e9), seed);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
