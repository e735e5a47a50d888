package nl.cleantechwerkt.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One search result, projected from the index (no database round trip).
 *
 * @param level level code, e.g. {@code MBO-4}
 * @param municipalities names of the municipalities with an upcoming run, plus "online"
 * @param nextStart first upcoming start date, or null when no run is planned
 * @param distanceKm distance from the search centre to the nearest upcoming run, when a centre was given
 * @param highlights field name → fragments with matches marked by {@code <mark>}, HTML-escaped
 */
public record CourseHit(long id, String courseCode, String providerCode, String title, String provider, String level,
        String mode, String language, List<String> municipalities, boolean online, LocalDate nextStart, String nextPlace,
        Double distanceKm, List<String> skills, float score, Map<String, List<String>> highlights) {
}
