package nl.cleantechwerkt.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what one mass indexing run has done, for the console (a line at most every
 * {@link #LOG_INTERVAL}, with the rate and the time left) and for the admin page (snapshots).
 * Replaces Hibernate Search's logging monitor, which logs every 50 documents: thousands of lines
 * for a large catalogue.
 */
final class RebuildMonitor implements MassIndexingMonitor {

    private static final Logger log = LoggerFactory.getLogger(RebuildMonitor.class);
    static final Duration LOG_INTERVAL = Duration.ofSeconds(5);

    private final String trigger;
    private final List<String> types;
    private final Clock clock;
    private final Instant startedAt;
    private final long startNanos = System.nanoTime();
    private final LongAdder total = new LongAdder();
    private final LongAdder loaded = new LongAdder();
    private final LongAdder indexed = new LongAdder();
    private final AtomicLong lastLogNanos = new AtomicLong(startNanos);
    private volatile Instant finishedAt;
    private volatile long finishedNanos;
    private volatile String failure;

    RebuildMonitor(String trigger, List<String> types, Clock clock) {
        this.trigger = trigger;
        this.types = List.copyOf(types);
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
        return new MassIndexingTypeGroupMonitor() {
            @Override
            public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                started.totalCount().ifPresent(total::add);
            }

            @Override
            public void documentsIndexed(long count) {
                // Counted once for all groups in documentsAdded.
            }

            @Override
            public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
                // The run as a whole completes in indexingCompleted() below.
            }
        };
    }

    @Override
    public void entitiesLoaded(long count) {
        loaded.add(count);
    }

    @Override
    public void documentsBuilt(long count) {
        // The index accepting them (documentsAdded) is what counts as progress.
    }

    @Override
    public void documentsAdded(long count) {
        indexed.add(count);
        long now = System.nanoTime();
        long last = lastLogNanos.get();
        if (now - last >= LOG_INTERVAL.toNanos() && lastLogNanos.compareAndSet(last, now)) {
            RebuildProgress progress = snapshot();
            log.info("Index rebuild ({}): {} / {} entities indexed ({}%), {} /s, {} loaded, about {} s left",
                    trigger, progress.indexed(), progress.total(), progress.percent(), progress.perSecond(),
                    progress.loaded(), progress.remaining().toSeconds());
        }
    }

    @Override
    public void indexingCompleted() {
        // finish() records the end, also when the mass indexer fails before completing.
    }

    void finish(String failureReason) {
        this.failure = failureReason;
        this.finishedNanos = System.nanoTime();
        this.finishedAt = clock.instant();
        RebuildProgress progress = snapshot();
        if (failureReason == null) {
            log.info("Index rebuild ({}) done: {} entities of {} indexed in {} s ({} /s)", trigger, progress.indexed(),
                    String.join(", ", types), progress.elapsed().toSeconds(), progress.perSecond());
        } else {
            log.warn("Index rebuild ({}) failed after {} of {} entities: {}", trigger, progress.indexed(), progress.total(),
                    failureReason);
        }
    }

    RebuildProgress snapshot() {
        long end = finishedAt == null ? System.nanoTime() : finishedNanos;
        return new RebuildProgress(trigger, types, startedAt, total.sum(), loaded.sum(), indexed.sum(),
                Duration.ofNanos(end - startNanos), finishedAt, failure);
    }
}
