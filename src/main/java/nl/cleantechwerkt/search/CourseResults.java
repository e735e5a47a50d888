package nl.cleantechwerkt.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results with facet counts. Each facet's counts are computed with every
 * filter except that facet's own, so selecting a value with count n yields n results.
 *
 * @param suggestion a corrected query when this one found nothing and a close spelling finds something
 */
public record CourseResults(long total, int page, int size, List<CourseHit> items, Map<Facet, List<FacetValue>> facets,
        String suggestion) {

    public int pageCount() {
        return size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
