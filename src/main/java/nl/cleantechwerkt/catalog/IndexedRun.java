package nl.cleantechwerkt.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.cleantechwerkt.shared.Schedule;

/**
 * One run of a course as the course document stores it in {@link CourseIndex#RUNS}: everything
 * a result card and the matcher's scoring read of a run, in one stored value on the course
 * itself. Reading it costs no visit to the nested run documents, whose stored fields (one
 * compressed block per run) made projecting a page of hits several times slower at 100,000
 * courses. The nested runs stay for what must hold for one and the same run (filters, facets,
 * sorts).
 *
 * @param municipalityCode CBS code; null for online runs
 * @param latitude null for online runs
 * @param longitude null for online runs
 */
public record IndexedRun(LocalDate start, boolean online, String municipalityCode, String place, Double latitude,
        Double longitude, Schedule schedule, BigDecimal priceEur) {

    /** Unit separator: cannot occur in a place name or any other value of a run. */
    private static final String SEPARATOR = "\u001f";

    /** Municipality facet value of the run: its CBS code, or {@value CourseIndex#ONLINE}. */
    public String municipalityFacet() {
        return online ? CourseIndex.ONLINE : municipalityCode;
    }

    /** The stored form; {@link #decode} reads it back. */
    public String encode() {
        return String.join(SEPARATOR, text(start), online ? "1" : "0", text(municipalityCode), text(place), text(latitude),
                text(longitude), schedule == null ? "" : schedule.name(), priceEur == null ? "" : priceEur.toPlainString());
    }

    public static IndexedRun decode(String stored) {
        String[] v = stored.split(SEPARATOR, -1);
        return new IndexedRun(v[0].isEmpty() ? null : LocalDate.parse(v[0]), "1".equals(v[1]), blank(v[2]), blank(v[3]),
                v[4].isEmpty() ? null : Double.valueOf(v[4]), v[5].isEmpty() ? null : Double.valueOf(v[5]),
                v[6].isEmpty() ? null : Schedule.valueOf(v[6]), v[7].isEmpty() ? null : new BigDecimal(v[7]));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
