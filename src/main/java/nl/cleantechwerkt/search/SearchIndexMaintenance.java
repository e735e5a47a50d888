package nl.cleantechwerkt.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.shared.IndexSharing;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the index derived from the database. At start-up, after the seed data, an index that
 * holds fewer courses than the database (deleted index directory, restored backup) is rebuilt
 * with the mass indexer, which logs its progress; a shared index only when it is empty
 * ({@link IndexSharing}).
 */
@Component
@Order(20)
public class SearchIndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CourseCatalog courseCatalog;
    private final IndexSharing sharing;

    SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, CourseCatalog courseCatalog, IndexSharing sharing) {
        this.entityManagerFactory = entityManagerFactory;
        this.courseCatalog = courseCatalog;
        this.sharing = sharing;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long inDatabase = courseCatalog.countAll();
        long inIndex = indexedCourses();
        if (IndexSharing.reindexRequested(args)) {
            log.info("Reindex requested (--reindex): rebuilding the course index from the database ({} courses)", inDatabase);
            rebuild();
        } else if (sharing.shouldRebuild(inIndex, inDatabase)) {
            log.info("Search index holds {} courses, the database {}: rebuilding the index", inIndex, inDatabase);
            rebuild();
        } else if (inIndex != inDatabase) {
            log.info("Shared search index holds {} courses, the database {} (changes in the outbox, or a drift to "
                    + "reindex, see docs/deploy.md)", inIndex, inDatabase);
        } else {
            log.info("Search index is up to date ({} courses)", inIndex);
        }
    }

    /** Number of course documents in the index, whatever their status. */
    public long indexedCourses() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            return session.search(session.scope(Object.class, CourseIndex.ENTITY)).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** Drops and rebuilds the course index from the database. */
    public void rebuild() throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        long start = System.nanoTime();
        mapping.scope(Object.class, CourseIndex.ENTITY).massIndexer()
                .purgeAllOnStart(true)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .startAndWait();
        log.info("Search index rebuilt: {} courses in {} ms", indexedCourses(), (System.nanoTime() - start) / 1_000_000);
    }
}
