package nl.cleantechwerkt.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.shared.Sector;

/**
 * A course with its runs, as a provider submits it. {@code skills} are ESCO URIs that the
 * provider confirmed; {@code learningOutcomes} one outcome per element.
 */
public record CourseData(String courseCode, String title, String description, List<String> learningOutcomes,
        Level level, CourseMode mode, String language, Integer hours, Integer ects, String qualificationCode,
        Sector sector, Level entryLevel, String url, String costNote, List<String> skills, List<Run> runs) {

    /**
     * One run. An online run has no place; otherwise {@code place} (a place name of the region)
     * or {@code postcode} (4 digits) says where it is, or exact coordinates do (an OOAPI address
     * with a geolocation); the municipality then comes from the place, postcode or the nearest
     * municipality centre.
     */
    public record Run(LocalDate startDate, LocalDate endDate, LocalDate enrolmentDeadline, boolean online, String place,
            String postcode, Schedule schedule, BigDecimal priceEur, Integer seats, Double latitude, Double longitude) {

        /** A run located by place or postcode only. */
        public Run(LocalDate startDate, LocalDate endDate, LocalDate enrolmentDeadline, boolean online, String place,
                String postcode, Schedule schedule, BigDecimal priceEur, Integer seats) {
            this(startDate, endDate, enrolmentDeadline, online, place, postcode, schedule, priceEur, seats, null, null);
        }

        public boolean hasCoordinates() {
            return latitude != null && longitude != null;
        }
    }
}
