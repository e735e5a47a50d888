package nl.cleantechwerkt.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.cleantechwerkt.shared.Schedule;

/** A run of a course as shown to users. */
public record OfferingView(LocalDate startDate, LocalDate endDate, LocalDate enrolmentDeadline, boolean online,
        String place, String postcode, String municipality, Schedule schedule, BigDecimal priceEur, Integer seats) {
}
