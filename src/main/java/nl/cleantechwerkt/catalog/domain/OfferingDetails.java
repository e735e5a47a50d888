package nl.cleantechwerkt.catalog.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.cleantechwerkt.shared.Schedule;

/** The fields of an offering after its place has been resolved to a municipality and coordinates. */
public record OfferingDetails(LocalDate startDate, LocalDate endDate, LocalDate enrolmentDeadline, boolean online,
        String place, String postcode, String municipalityCode, Double latitude, Double longitude,
        Schedule schedule, BigDecimal priceEur, Integer seats) {
}
