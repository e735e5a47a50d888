package nl.cleantechwerkt.insights;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the current month's snapshot shortly after start-up and then every
 * {@code app.insights.snapshot-interval} (6 hours), where scheduling is on
 * ({@code app.scheduling.enabled}). Several refreshes a day cost little (one computation, a
 * batch of rows) and make sure the last days of a month are in its snapshot even when the
 * application was down at some point.
 */
@Component
class SnapshotSchedule {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSchedule.class);

    private final InsightSnapshots snapshots;

    SnapshotSchedule(InsightSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(initialDelayString = "${app.insights.snapshot-delay:PT1M}",
            fixedDelayString = "${app.insights.snapshot-interval:PT6H}")
    void refresh() {
        try {
            snapshots.snapshotNow();
        } catch (RuntimeException e) {
            // Another node may be writing the same month (primary key clash); the next run retries.
            log.warn("Insight snapshot failed; the next run retries", e);
        }
    }
}
