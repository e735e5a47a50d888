package nl.cleantechwerkt.seed;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.cleantechwerkt.search.IndexRebuilds;
import nl.cleantechwerkt.search.RebuildProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar app.jar --generate courses=100000 learners=20000 needs=5000 seed=42 --app.data-dir=…}
 * fills the database with synthetic courses ({@link CatalogGenerator}), learners and employer needs
 * ({@link PeopleGenerator}) for benchmarks, prints its progress, and exits. A count left out is 0,
 * except courses (100,000 when nothing is given at all). With the embedded index, commits skip
 * indexing and the indexes are rebuilt once at the end with the mass indexer (several times faster
 * than indexing each batch); with a shared index every commit is indexed through the outbox.
 */
@Component
@Order(30)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final CatalogGenerator catalog;
    private final PeopleGenerator people;
    private final IndexRebuilds rebuilds;
    private final ConfigurableApplicationContext context;

    GenerateCommand(CatalogGenerator catalog, PeopleGenerator people, IndexRebuilds rebuilds,
            ConfigurableApplicationContext context) {
        this.catalog = catalog;
        this.people = people;
        this.rebuilds = rebuilds;
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
        boolean anyCount = settings.containsKey("courses") || settings.containsKey("learners") || settings.containsKey("needs");
        int courses = count(settings, "courses", anyCount ? 0 : 100_000);
        int learners = count(settings, "learners", 0);
        int needs = count(settings, "needs", 0);
        long seed = Long.parseLong(settings.getOrDefault("seed", "42"));
        try {
            generate(courses, learners, needs, seed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the indexes", e);
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** Writes the records, then rebuilds the indexes when the commits skipped them. */
    void generate(int courses, int learners, int needs, long seed) throws InterruptedException {
        boolean rebuild;
        try (IndexRebuilds.BulkWrite bulk = rebuilds.writeWithoutIndexing()) {
            rebuild = bulk.indexingSkipped();
            if (courses > 0) {
                long start = System.nanoTime();
                long runs = catalog.generate(courses, seed, written -> progress("courses", written, courses, start));
                log.info("Generated {} courses with {} runs in {} s (seed {})", courses, runs, seconds(start), seed);
            }
            if (learners > 0) {
                long start = System.nanoTime();
                int written = people.generateLearners(learners, seed, done -> progress("learners", done, learners, start));
                log.info("Generated {} learners ({} new) in {} s (seed {})", learners, written, seconds(start), seed);
            }
            if (needs > 0) {
                long start = System.nanoTime();
                int written = people.generateNeeds(needs, seed, done -> progress("needs", done, needs, start));
                log.info("Generated {} needs ({} new) in {} s (seed {})", needs, written, seconds(start), seed);
            }
        }
        if (rebuild) {
            RebuildProgress done = rebuilds.rebuild("generator");
            log.info("Indexes rebuilt after generating: {} entities in {} s ({} /s)", done.indexed(), done.elapsed().toSeconds(),
                    done.perSecond());
        }
    }

    private static int count(Map<String, String> settings, String name, int otherwise) {
        String value = settings.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int count = Integer.parseInt(value.replace("_", ""));
            if (count < 0) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--generate: " + name + " must be a whole number of 0 or more, not '" + value + "'");
        }
    }

    /** Logs every 1,000 records and at the end: the generators report after each batch, which is chattier. */
    private static void progress(String what, int done, int total, long start) {
        if (done % 1_000 != 0 && done != total) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("Generated {} / {} {} ({} /s)", done, total, what, Math.round(done / Math.max(seconds, 1e-3)));
    }

    private static long seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e9);
    }
}
