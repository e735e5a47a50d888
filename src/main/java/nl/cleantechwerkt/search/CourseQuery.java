package nl.cleantechwerkt.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.cleantechwerkt.geo.Location;

/**
 * A validated course search. Filter values are codes as in the API: level codes
 * ({@code MBO-4}), mode codes, municipality CBS codes or {@code ONLINE}, language codes, start
 * months ({@code 2027-02}), skill URIs and provider codes. Values within one facet are
 * alternatives (OR); different facets all apply (AND).
 *
 * @param near centre of the distance filter, or null
 * @param radiusKm radius around {@code near}; null means "sort by distance but do not filter"
 */
public record CourseQuery(String text, Map<Facet, Set<String>> filters, LocalDate startFrom, LocalDate startTo,
        Location near, Double radiusKm, SortOrder sort, int page, int size) {

    public CourseQuery {
        filters = Map.copyOf(filters);
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** True when any filter concerns the runs of a course (where, when): then only courses with such a future run match. */
    public boolean filtersOfferings() {
        return !values(Facet.MUNICIPALITY).isEmpty() || !values(Facet.START).isEmpty() || startFrom != null || startTo != null
                || (near != null && radiusKm != null);
    }
}
