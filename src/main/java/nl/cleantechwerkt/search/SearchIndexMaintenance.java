package nl.cleantechwerkt.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.shared.DerivedIndex;
import nl.cleantechwerkt.shared.IndexSharing;
import org.hibernate.search.mapper.orm.Search;
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
 * ({@link IndexSharing}). So is an embedded index written with an older document layout
 * ({@link CourseIndex#CURRENT_LAYOUT}); for a shared one that is logged, to reindex by hand.
 * The other modules' indexes ({@link DerivedIndex}, e.g. the learners') are checked the same way,
 * after the course index, and rebuilt through {@link IndexRebuilds} too.
 */
@Component
@Order(20)
public class SearchIndexMaintenance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CourseCatalog courseCatalog;
    private final IndexSharing sharing;
    private final IndexRebuilds rebuilds;
    private final List<DerivedIndex> derivedIndexes;

    SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, CourseCatalog courseCatalog, IndexSharing sharing,
            IndexRebuilds rebuilds, List<DerivedIndex> derivedIndexes) {
        this.entityManagerFactory = entityManagerFactory;
        this.courseCatalog = courseCatalog;
        this.sharing = sharing;
        this.rebuilds = rebuilds;
        this.derivedIndexes = derivedIndexes;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        checkCourses(args);
        for (DerivedIndex index : derivedIndexes) {
            check(index, args);
        }
    }

    private void check(DerivedIndex index, ApplicationArguments args) throws InterruptedException {
        long expected = index.expectedDocuments();
        long indexed = rebuilds.documents(index.entity());
        if (IndexSharing.reindexRequested(args)) {
            log.info("Reindex requested (--reindex): rebuilding the {} index from the database ({} documents)", index.entity(),
                    expected);
            rebuilds.rebuild("reindex", index.entity());
        } else if (sharing.shouldRebuild(indexed, expected)) {
            log.info("The {} index holds {} documents, the database {}: rebuilding it", index.entity(), indexed, expected);
            rebuilds.rebuild("start-up", index.entity());
        }
    }

    private void checkCourses(ApplicationArguments args) throws InterruptedException {
        long inDatabase = courseCatalog.countAll();
        long inIndex = indexedCourses();
        if (IndexSharing.reindexRequested(args)) {
            log.info("Reindex requested (--reindex): rebuilding the course index from the database ({} courses)", inDatabase);
            rebuild("reindex");
        } else if (sharing.shouldRebuild(inIndex, inDatabase)) {
            log.info("Search index holds {} courses, the database {}: rebuilding the index", inIndex, inDatabase);
            rebuild("start-up");
        } else if (inIndex > 0 && currentLayoutCourses() < inIndex) {
            if (!sharing.shared()) {
                log.info("Search index was written with an older document layout (before version {}): rebuilding the index",
                        CourseIndex.CURRENT_LAYOUT);
                rebuild("start-up, older layout");
            } else {
                log.warn("Shared search index was written with an older document layout (before version {}): reindex it "
                        + "(--reindex, see docs/deploy.md)", CourseIndex.CURRENT_LAYOUT);
            }
        } else if (inIndex != inDatabase) {
            log.info("Shared search index holds {} courses, the database {} (changes in the outbox, or a drift to "
                    + "reindex, see docs/deploy.md)", inIndex, inDatabase);
        } else {
            log.info("Search index is up to date ({} courses)", inIndex);
        }
    }

    /** Number of course documents in the index, whatever their status. */
    public long indexedCourses() {
        return rebuilds.documents(CourseIndex.ENTITY);
    }

    /** Number of course documents written with the current document layout ({@link CourseIndex#CURRENT_LAYOUT}). */
    public long currentLayoutCourses() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            return session.search(session.scope(Object.class, CourseIndex.ENTITY))
                    .where(f -> f.match().field(CourseIndex.LAYOUT_VERSION).matching(CourseIndex.CURRENT_LAYOUT))
                    .fetchTotalHitCount();
        }
    }

    /** Drops and rebuilds the course index from the database (see {@link IndexRebuilds} for the settings). */
    public RebuildProgress rebuild() throws InterruptedException {
        return rebuild("course index");
    }

    private RebuildProgress rebuild(String trigger) throws InterruptedException {
        return rebuilds.rebuild(trigger, CourseIndex.ENTITY);
    }
}
