package nl.cleantechwerkt.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.cleantechwerkt.shared.IndexSharing;
import org.hibernate.CacheMode;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds search indexes from the database with Hibernate Search's mass indexer, one at a time:
 * at start-up ({@link SearchIndexMaintenance}), after the benchmark data generator, and from the
 * admin page (in the background). Every run reports its progress to the console and keeps a
 * snapshot for the admin page ({@link RebuildProgress}). The tuned mass indexer settings live here
 * (docs/benchmarks.md, "Mass indexing — 2026-12-06").
 */
@Component
public class IndexRebuilds {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilds.class);

    /** Loading threads: each loads a batch of entities and builds their documents; see docs/benchmarks.md. */
    static final int LOADING_THREADS = 2;
    /** Entities per loading transaction (and per batch fetch of their skills, runs and provider). */
    static final int BATCH_SIZE = 50;
    /** Rows per round trip while the mass indexer scrolls the ids. */
    static final int ID_FETCH_SIZE = 1_000;

    private final EntityManagerFactory entityManagerFactory;
    private final IndexSharing sharing;
    private final Clock clock;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<RebuildMonitor> current = new AtomicReference<>();
    private final AtomicReference<RebuildProgress> last = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<RebuildProgress>> lastStarted = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "index-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    IndexRebuilds(EntityManagerFactory entityManagerFactory, IndexSharing sharing, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.sharing = sharing;
        this.clock = clock;
    }

    /** Thrown when a rebuild or a bulk write is asked for while another one runs. */
    public static class RebuildRunningException extends IllegalStateException {
        RebuildRunningException() {
            super("An index rebuild or bulk write is already running");
        }
    }

    /** Number of documents in one index, named after its entity. */
    public record IndexCount(String entity, String index, long documents) {
    }

    /**
     * Drops and rebuilds the indexes of the given entities (all indexed entities when none are
     * given), waiting for the end.
     *
     * @throws RebuildRunningException when another rebuild or bulk write runs
     */
    public RebuildProgress rebuild(String trigger, String... entities) throws InterruptedException {
        claim();
        return run(trigger, entities.length == 0 ? indexedEntityNames() : List.of(entities), () -> { });
    }

    /**
     * Starts a rebuild of every index in the background, unless one runs already (then empty).
     * The stage completes with the final snapshot.
     */
    public Optional<CompletionStage<RebuildProgress>> startAll(String trigger) {
        return startAll(trigger, () -> { });
    }

    /** As {@link #startAll(String)}, running {@code beforeIndexing} on the rebuild's thread once it counts as running. */
    Optional<CompletionStage<RebuildProgress>> startAll(String trigger, Runnable beforeIndexing) {
        if (!busy.compareAndSet(false, true)) {
            return Optional.empty();
        }
        CompletableFuture<RebuildProgress> started;
        try {
            List<String> entities = indexedEntityNames();
            started = CompletableFuture.supplyAsync(() -> {
                try {
                    return run(trigger, entities, beforeIndexing);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Index rebuild interrupted", e);
                }
            }, background);
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
        lastStarted.set(started);
        return Optional.of(started);
    }

    /** The background rebuild started last, to wait for it. */
    Optional<CompletionStage<RebuildProgress>> lastStarted() {
        return Optional.ofNullable(lastStarted.get());
    }

    /** The rebuild that runs now, if any. */
    public Optional<RebuildProgress> running() {
        return Optional.ofNullable(current.get()).map(RebuildMonitor::snapshot);
    }

    /** The last rebuild that finished since start-up, if any. */
    public Optional<RebuildProgress> lastFinished() {
        return Optional.ofNullable(last.get());
    }

    /** Whether the indexes are shared between nodes (OpenSearch with outbox polling): see {@link IndexSharing}. */
    public boolean shared() {
        return sharing.shared();
    }

    /**
     * Writes the database without indexing each commit, for bulk loads that rebuild the indexes
     * once at the end (far faster than indexing batch by batch). Until {@link BulkWrite#close()},
     * automatic indexing of every indexed entity is off for the whole application and no rebuild
     * may start. On a shared index (outbox polling) the filter is not used: every node would
     * have to agree on it, so commits keep going through the outbox as usual.
     *
     * @throws RebuildRunningException when a rebuild or another bulk write runs
     */
    public BulkWrite writeWithoutIndexing() {
        claim();
        try {
            List<String> entities = indexedEntityNames();
            boolean filtered = !sharing.shared();
            if (filtered) {
                mapping().indexingPlanFilter(filter -> entities.forEach(filter::exclude));
                log.info("Automatic indexing of {} is off until the bulk write ends", String.join(", ", entities));
            }
            return new BulkWrite(entities, filtered);
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
    }

    /** A bulk write in progress: closing it turns automatic indexing back on. */
    public final class BulkWrite implements AutoCloseable {
        private final List<String> entities;
        private final boolean filtered;
        private boolean closed;

        private BulkWrite(List<String> entities, boolean filtered) {
            this.entities = entities;
            this.filtered = filtered;
        }

        /** Whether commits skipped the index, so the indexes must be rebuilt afterwards. */
        public boolean indexingSkipped() {
            return filtered;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (filtered) {
                mapping().indexingPlanFilter(filter -> entities.forEach(filter::include));
            }
            busy.set(false);
        }
    }

    /** Documents per index, for every indexed entity. */
    public List<IndexCount> counts() {
        return indexedEntities().stream()
                .map(e -> new IndexCount(e.jpaName(), e.indexManager().descriptor().hibernateSearchName(), documents(e.jpaName())))
                .toList();
    }

    /** Documents in the index of one entity (by its JPA name), whatever they hold. */
    public long documents(String entity) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            return session.search(session.scope(Object.class, entity)).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private void claim() {
        if (!busy.compareAndSet(false, true)) {
            throw new RebuildRunningException();
        }
    }

    /** Runs with the slot claimed, and releases it. */
    private RebuildProgress run(String trigger, List<String> entities, Runnable beforeIndexing) throws InterruptedException {
        RebuildMonitor monitor = new RebuildMonitor(trigger, entities, clock);
        current.set(monitor);
        String failure = "stopped";
        try {
            log.info("Index rebuild ({}) of {}: {} loading threads, batches of {}", trigger, String.join(", ", entities),
                    LOADING_THREADS, BATCH_SIZE);
            beforeIndexing.run();
            massIndexer(entities).monitor(monitor).startAndWait();
            failure = null;
        } catch (InterruptedException e) {
            failure = "interrupted";
            throw e;
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName();
            throw e;
        } finally {
            monitor.finish(failure);
            last.set(monitor.snapshot());
            current.set(null);
            busy.set(false);
        }
        return last.get();
    }

    private MassIndexer massIndexer(List<String> entities) {
        return mapping().scope(Object.class, entities).massIndexer()
                .purgeAllOnStart(true)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(LOADING_THREADS)
                .batchSizeToLoadObjects(BATCH_SIZE)
                .idFetchSize(ID_FETCH_SIZE)
                .cacheMode(CacheMode.IGNORE)
                // One segment afterwards: every search counts its facets and looks up their terms per segment,
                // and a rebuilt catalogue is read far more often than it is written.
                .mergeSegmentsOnFinish(true);
    }

    private List<String> indexedEntityNames() {
        return indexedEntities().stream().map(SearchIndexedEntity::jpaName).sorted().toList();
    }

    private Collection<? extends SearchIndexedEntity<?>> indexedEntities() {
        return mapping().allIndexedEntities();
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
