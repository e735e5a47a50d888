package nl.cleantechwerkt.alerts;

import java.time.ZonedDateTime;

/**
 * A learner's saved search or advice as their list shows it.
 *
 * @param link where it is re-run: the search results, or the advice page
 * @param searchQuery the saved search's URL query ({@code q=warmtepomp&level=MBO-4}); null for an advice
 * @param occupationUri the advice's target occupation; null for a search
 * @param checkedAt the last check, in the region's zone; null before the first
 */
public record SavedItem(long id, WatchKind kind, String name, String link, String searchQuery, String occupationUri,
        boolean alertsEnabled, ZonedDateTime createdAt, ZonedDateTime checkedAt) {
}
