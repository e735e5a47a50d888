package nl.cleantechwerkt.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link AlertChecker#checkAll} every {@code app.alerts.check-interval} (measured from the
 * end of the previous run, so runs never overlap) where scheduling is on ({@code app.scheduling.enabled}).
 */
@Component
class AlertSchedule {

    private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);

    private final AlertChecker checker;

    AlertSchedule(AlertChecker checker) {
        this.checker = checker;
    }

    @Scheduled(fixedDelayString = "${app.alerts.check-interval:PT15M}", initialDelayString = "${app.alerts.check-interval:PT15M}")
    void check() {
        long started = System.nanoTime();
        AlertChecker.CheckReport report = checker.checkAll();
        log.info("Alert check: {} items, {} notified, {} failed, {} ms", report.checked(), report.notified(), report.failed(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
