package nl.cleantechwerkt.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.cleantechwerkt.alerts.domain.Watch;
import nl.cleantechwerkt.alerts.domain.WatchRepository;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.EmployerView;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.notifications.EmailDelivery;
import nl.cleantechwerkt.notifications.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds what is new for every watched item and tells its owner. Each check runs the item's
 * question again (the saved search, the advice with the learner's profile as it is now, the
 * need's candidates), compares the answer with what it matched at the previous check, notifies
 * once about what was not there before (in the application, and in the daily digest for who
 * opted in) and stores the answer as seen.
 *
 * <p>Comparing answers, rather than listening for "course published" events, catches new
 * courses, new runs of known courses, republished courses and changed filters alike, and
 * needs nothing from the catalogue or from the index backend. Every open need is watched
 * without being saved: the first check of a need records its candidates, later checks report
 * who is new. Each item is checked in a transaction of its own, so one that fails (a saved
 * place the gazetteer no longer knows) is logged and the rest still go.
 */
@Service
public class AlertChecker {

    private static final Logger log = LoggerFactory.getLogger(AlertChecker.class);
    /** Most titles named in one notification; the count says how many there are. */
    private static final int NAMED = 3;

    private final WatchRepository watches;
    private final CurrentMatches matches;
    private final CourseCatalog catalog;
    private final SkillNeeds needs;
    private final Employers employers;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** The catalogue as the last check saw it; null before the first check of this process. */
    private final AtomicReference<String> checkedCatalog = new AtomicReference<>();

    AlertChecker(WatchRepository watches, CurrentMatches matches, CourseCatalog catalog, SkillNeeds needs, Employers employers,
            Notifications notifications, PlatformTransactionManager transactions, Clock clock) {
        this.watches = watches;
        this.matches = matches;
        this.catalog = catalog;
        this.needs = needs;
        this.employers = employers;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What one check did. */
    public record CheckReport(int checked, int notified, int failed) {
    }

    /**
     * Checks every saved search and advice with alerts on, and every open need. Saved searches
     * are skipped while the published catalogue has not changed since the previous check
     * ({@link CourseCatalog#publishedVersion()}): a search's answer can then only lose runs that
     * started, never gain one. Advices depend on the learner's profile too, needs on learners, so
     * those are always asked again.
     */
    public CheckReport checkAll() {
        int checked = 0;
        int notified = 0;
        int failed = 0;
        String version = catalog.publishedVersion();
        Set<WatchKind> kinds = version.equals(checkedCatalog.get()) ? Set.of(WatchKind.ADVICE)
                : Set.of(WatchKind.SEARCH, WatchKind.ADVICE);
        for (long id : watches.idsToCheck(kinds)) {
            Optional<Boolean> result = run("saved item " + id, () -> checkSaved(id));
            checked++;
            notified += result.orElse(false) ? 1 : 0;
            failed += result.isEmpty() ? 1 : 0;
        }
        for (SkillNeedView need : needs.openNeeds()) {
            Optional<Boolean> result = run("need " + need.id(), () -> checkNeed(need));
            checked++;
            notified += result.orElse(false) ? 1 : 0;
            failed += result.isEmpty() ? 1 : 0;
        }
        checkedCatalog.set(version);
        return new CheckReport(checked, notified, failed);
    }

    private Optional<Boolean> run(String what, java.util.function.Supplier<Boolean> check) {
        try {
            return Optional.of(Boolean.TRUE.equals(transaction.execute(status -> check.get())));
        } catch (RuntimeException e) {
            log.warn("Alert check of {} failed: {}", what, e.toString());
            return Optional.empty();
        }
    }

    private boolean checkSaved(long id) {
        Optional<Watch> found = watches.findById(id);
        if (found.isEmpty() || !found.get().isAlertsEnabled()) {
            return false;
        }
        Watch watch = found.get();
        Optional<Map<String, String>> current = matches.of(watch);
        if (current.isEmpty()) {
            return false;
        }
        // Never compared yet (too broad, or no profile, when saved): this answer is the baseline.
        boolean baseline = watch.getCheckedAt() == null;
        Set<String> fresh = watch.see(current.get().keySet(), clock.instant());
        if (fresh.isEmpty() || baseline) {
            return false;
        }
        String key = watch.getKind() == WatchKind.SEARCH ? "alerts.notification.search" : "alerts.notification.advice";
        notifications.notify(watch.getUserId(), "alert", key,
                List.of(watch.getName(), String.valueOf(fresh.size()), titles(fresh, current.get())),
                SavedSearches.link(watch), EmailDelivery.DIGEST);
        return true;
    }

    private boolean checkNeed(SkillNeedView need) {
        Instant now = clock.instant();
        Optional<Watch> found = watches.findByNeedId(need.id());
        Map<String, String> current = matches.ofNeed(need);
        if (found.isEmpty()) {
            Optional<EmployerView> employer = employers.employer(need.employerId());
            if (employer.isPresent()) {
                Watch watch = Watch.need(employer.get().userId(), SavedSearches.cut(need.title()), need.id(), now);
                watch.see(current.keySet(), now);
                watches.save(watch);
            }
            return false;
        }
        Watch watch = found.get();
        Set<String> fresh = watch.see(current.keySet(), now);
        if (fresh.isEmpty() || !watch.isAlertsEnabled()) {
            return false;
        }
        notifications.notify(watch.getUserId(), "alert", "alerts.notification.need",
                List.of(need.title(), String.valueOf(fresh.size())),
                "/werkgever/behoeften/" + need.id() + "/koppelingen", EmailDelivery.DIGEST);
        return true;
    }

    /** The distinct titles of the new items, the first few. */
    private static String titles(Set<String> fresh, Map<String, String> labels) {
        List<String> distinct = fresh.stream().map(labels::get).distinct().toList();
        String named = distinct.stream().limit(NAMED).collect(Collectors.joining(", "));
        return distinct.size() > NAMED ? named + ", …" : named;
    }
}
