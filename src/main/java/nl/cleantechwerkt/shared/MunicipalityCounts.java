package nl.cleantechwerkt.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A count over the whole database and the same count per municipality code (rows without a
 * municipality are in the total only). How modules hand period figures to the progress report.
 */
public record MunicipalityCounts(long total, Map<String, Long> byMunicipality) {

    public MunicipalityCounts {
        byMunicipality = Map.copyOf(byMunicipality);
    }

    /** From a total and query rows of (municipality code, count). */
    public static MunicipalityCounts of(long total, List<Object[]> rows) {
        return new MunicipalityCounts(total, rows.stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue())));
    }

    public long in(String municipalityCode) {
        return byMunicipality.getOrDefault(municipalityCode, 0L);
    }
}
