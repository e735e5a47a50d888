package nl.cleantechwerkt.catalog;

import java.time.Instant;
import java.time.LocalDate;
import nl.cleantechwerkt.shared.Level;

/** A course in a provider's own list: with its status, whatever that is. */
public record CourseSummary(long id, String courseCode, String title, Level level, String status, LocalDate nextStart,
        int upcomingRuns, Instant updatedAt) {
}
