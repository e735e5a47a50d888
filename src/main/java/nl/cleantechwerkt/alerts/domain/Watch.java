package nl.cleantechwerkt.alerts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.cleantechwerkt.alerts.WatchKind;

/**
 * Something a user is alerted about — a saved search, a saved advice or an open need — with
 * what it matched at its last check ({@code seen}), so the next check can tell what is new.
 */
@Entity
@Table(name = "alert_watch")
public class Watch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    @Enumerated(EnumType.STRING)
    private WatchKind kind;
    private String name;
    private String searchQuery;
    private String occupationUri;
    private Long needId;
    private boolean alertsEnabled;
    private Instant createdAt;
    private Instant checkedAt;

    @ElementCollection
    @CollectionTable(name = "alert_seen", joinColumns = @JoinColumn(name = "watch_id"))
    @Column(name = "item")
    private Set<String> seen = new HashSet<>();

    protected Watch() {
    }

    private Watch(long userId, WatchKind kind, String name, Instant now) {
        this.userId = userId;
        this.kind = kind;
        this.name = name;
        this.alertsEnabled = true;
        this.createdAt = now;
    }

    public static Watch search(long userId, String name, String searchQuery, Instant now) {
        Watch watch = new Watch(userId, WatchKind.SEARCH, name, now);
        watch.searchQuery = searchQuery;
        return watch;
    }

    public static Watch advice(long userId, String name, String occupationUri, Instant now) {
        Watch watch = new Watch(userId, WatchKind.ADVICE, name, now);
        watch.occupationUri = occupationUri;
        return watch;
    }

    public static Watch need(long userId, String name, long needId, Instant now) {
        Watch watch = new Watch(userId, WatchKind.NEED, name, now);
        watch.needId = needId;
        return watch;
    }

    /**
     * Records what the item matches now and returns what was not seen before. What no longer
     * matches is forgotten, so a course that is archived and published again counts as new.
     */
    public Set<String> see(Collection<String> current, Instant now) {
        Set<String> fresh = new LinkedHashSet<>(current);
        fresh.removeAll(seen);
        seen.retainAll(Set.copyOf(current));
        seen.addAll(fresh);
        checkedAt = now;
        return fresh;
    }

    public void switchAlerts(boolean enabled) {
        this.alertsEnabled = enabled;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public WatchKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getSearchQuery() {
        return searchQuery;
    }

    public String getOccupationUri() {
        return occupationUri;
    }

    public Long getNeedId() {
        return needId;
    }

    public boolean isAlertsEnabled() {
        return alertsEnabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Set<String> getSeen() {
        return Set.copyOf(seen);
    }
}
