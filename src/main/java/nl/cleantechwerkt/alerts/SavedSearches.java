package nl.cleantechwerkt.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.cleantechwerkt.alerts.domain.Watch;
import nl.cleantechwerkt.alerts.domain.WatchRepository;
import nl.cleantechwerkt.search.SearchParameters;
import nl.cleantechwerkt.search.SearchParametersParser;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.NotFoundException;
import nl.cleantechwerkt.shared.TimeConfiguration;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's saved searches and saved course advices. Saving records what the item matches at
 * that moment as seen, so alerts tell only about what comes after. Every method takes the
 * learner's own account id and reaches only their items: another learner's id is "not found".
 */
@Service
@Transactional
public class SavedSearches {

    public static final int MAX_NAME_LENGTH = 100;
    private static final Set<WatchKind> LEARNER_KINDS = Set.of(WatchKind.SEARCH, WatchKind.ADVICE);

    private final WatchRepository watches;
    private final CurrentMatches matches;
    private final SearchParametersParser parser;
    private final SkillCatalog skills;
    private final AlertProperties properties;
    private final Clock clock;

    SavedSearches(WatchRepository watches, CurrentMatches matches, SearchParametersParser parser, SkillCatalog skills,
            AlertProperties properties, Clock clock) {
        this.watches = watches;
        this.matches = matches;
        this.parser = parser;
        this.skills = skills;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Saves a search as it is in the URL of {@code /zoeken} (paging left out); saving the same
     * search again returns the one saved before. An invalid parameter is an
     * {@link InvalidRequestException} naming it, as on the search page.
     *
     * @param name what the learner calls it; blank means the search words, or a general name
     */
    public long saveSearch(long userId, String name, SearchParameters parameters) {
        parser.parse(parameters);
        String query = parameters.queryString();
        if (query.length() > 2000) {
            throw new InvalidRequestException("query", "alerts.error.queryTooLong");
        }
        for (Watch existing : own(userId)) {
            if (existing.getKind() == WatchKind.SEARCH && existing.getSearchQuery().equals(query)) {
                return existing.getId();
            }
        }
        checkRoom(userId);
        String label = name == null || name.isBlank() ? parameters.q() : name;
        Watch watch = Watch.search(userId, cut(label == null || label.isBlank() ? query : label), query, clock.instant());
        matches.ofSearch(query).ifPresent(items -> watch.see(items.keySet(), clock.instant()));
        return watches.save(watch).getId();
    }

    /** Saves the advice towards an occupation; named after it in {@code locale}. Saving it again returns the one saved before. */
    public long saveAdvice(long userId, String occupationUri, Locale locale) {
        OccupationView occupation = skills.occupation(occupationUri == null ? "" : occupationUri.trim())
                .orElseThrow(() -> new InvalidRequestException("occupation", "error.match.occupation.unknown", occupationUri));
        for (Watch existing : own(userId)) {
            if (existing.getKind() == WatchKind.ADVICE && existing.getOccupationUri().equals(occupation.uri())) {
                return existing.getId();
            }
        }
        checkRoom(userId);
        Watch watch = Watch.advice(userId, cut(occupation.label(locale)), occupation.uri(), clock.instant());
        matches.ofAdvice(userId, occupation.uri()).ifPresent(items -> watch.see(items.keySet(), clock.instant()));
        return watches.save(watch).getId();
    }

    /** The learner's saved searches and advices, newest first. */
    @Transactional(readOnly = true)
    public List<SavedItem> savedBy(long userId) {
        return own(userId).stream().map(SavedSearches::item).toList();
    }

    /** One of the learner's saved items; another learner's (or an unknown) id is a {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public SavedItem saved(long userId, long id) {
        return item(find(userId, id));
    }

    public void delete(long userId, long id) {
        watches.delete(find(userId, id));
    }

    /**
     * Switches alerts for one item on or off. Switching on takes what it matches now as seen:
     * what appeared while alerts were off is not news any more.
     */
    public void switchAlerts(long userId, long id, boolean enabled) {
        Watch watch = find(userId, id);
        if (enabled && !watch.isAlertsEnabled()) {
            matches.of(watch).ifPresent(items -> watch.see(items.keySet(), clock.instant()));
        }
        watch.switchAlerts(enabled);
    }

    private List<Watch> own(long userId) {
        return watches.findByUserIdAndKindInOrderByCreatedAtDescIdDesc(userId, LEARNER_KINDS);
    }

    private Watch find(long userId, long id) {
        return watches.findByIdAndUserIdAndKindIn(id, userId, LEARNER_KINDS)
                .orElseThrow(() -> new NotFoundException("saved search", id));
    }

    private void checkRoom(long userId) {
        if (watches.countByUserIdAndKindIn(userId, LEARNER_KINDS) >= properties.maxSavedPerUser()) {
            throw new InvalidRequestException("name", "alerts.error.tooMany", properties.maxSavedPerUser());
        }
    }

    /** A name on one line, at most {@value #MAX_NAME_LENGTH} characters. */
    static String cut(String name) {
        String line = name.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_NAME_LENGTH ? line : line.substring(0, MAX_NAME_LENGTH - 1).strip() + "…";
    }

    static String link(Watch watch) {
        return "/profiel/zoekopdrachten/" + watch.getId();
    }

    private static SavedItem item(Watch w) {
        return new SavedItem(w.getId(), w.getKind(), w.getName(), target(w), w.getSearchQuery(), w.getOccupationUri(),
                w.isAlertsEnabled(), zoned(w.getCreatedAt()), zoned(w.getCheckedAt()));
    }

    private static ZonedDateTime zoned(Instant instant) {
        return instant == null ? null : instant.atZone(TimeConfiguration.ZONE);
    }

    /** Where the item is re-run: the search page with its query, or the advice page. */
    private static String target(Watch w) {
        return w.getKind() == WatchKind.SEARCH
                ? (w.getSearchQuery().isEmpty() ? "/zoeken" : "/zoeken?" + w.getSearchQuery())
                : "/profiel/advies";
    }
}
