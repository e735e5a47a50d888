package nl.cleantechwerkt.employers.domain;

import java.time.LocalDate;
import nl.cleantechwerkt.employers.NeedKind;

/** The checked values of a need, with its place already resolved to a municipality and a point. */
public record NeedDescription(NeedKind kind, String title, String occupationUri, int peopleCount, String place,
        String municipalityCode, double latitude, double longitude, LocalDate startDate, LocalDate deadline) {
}
