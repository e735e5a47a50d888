package nl.cleantechwerkt.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;

/**
 * A course as the index returns it to matching: its skills and all its runs (past ones too;
 * {@link RunConditions} picks those that count).
 *
 * @param indexScore Lucene's score: the summed weights of the gap skills the course teaches
 */
record Candidate(long id, String courseCode, String providerCode, String providerName, String title, Level level,
        CourseMode mode, List<String> skills, List<Run> runs, double indexScore) {

    /** A run; latitude and longitude are null for online runs. */
    record Run(LocalDate start, boolean online, String place, Double latitude, Double longitude, Schedule schedule,
            BigDecimal priceEur) {
    }
}
