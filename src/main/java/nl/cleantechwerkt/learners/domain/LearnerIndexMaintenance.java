package nl.cleantechwerkt.learners.domain;

import nl.cleantechwerkt.shared.IndexSharing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The learner index is derived from the database like the course index: at start-up, an index
 * whose number of documents differs from the number of consenting profiles is rebuilt (a shared
 * index only when empty, see {@link IndexSharing}).
 */
@Component
@Order(21)
public class LearnerIndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LearnerIndexMaintenance.class);

    private final LearnerProfileRepository profiles;
    private final LearnerSearch search;
    private final IndexSharing sharing;

    LearnerIndexMaintenance(LearnerProfileRepository profiles, LearnerSearch search, IndexSharing sharing) {
        this.profiles = profiles;
        this.search = search;
        this.sharing = sharing;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long consenting = profiles.countByConsentTrue();
        long indexed = search.indexedProfiles();
        if (IndexSharing.reindexRequested(args) || sharing.shouldRebuild(indexed, consenting)) {
            log.info("Learner index holds {} profiles, the database {} consenting ones: rebuilding", indexed, consenting);
            search.rebuild();
        }
    }
}
