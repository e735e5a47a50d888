package nl.cleantechwerkt.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.AppProperties;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import org.springframework.stereotype.Component;

/**
 * Validates search parameters and turns them into a {@link CourseQuery}. An unknown code or
 * place is a 400 naming the parameter, never a silently empty result or a 500.
 */
@Component
public class SearchParametersParser {

    static final double DEFAULT_RADIUS_KM = 25;
    static final double MAX_RADIUS_KM = 300;
    private static final int MAX_PAGE = 1000;

    private final Gazetteer gazetteer;
    private final AppProperties.Search settings;

    SearchParametersParser(Gazetteer gazetteer, AppProperties properties) {
        this.gazetteer = gazetteer;
        this.settings = properties.search();
    }

    /** The query these parameters describe; an {@link InvalidRequestException} naming the parameter when one is invalid. */
    public CourseQuery parse(SearchParameters p) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.LEVEL, p.level(), v -> Level.fromCode(v).map(Level::code).orElseThrow(() -> invalid("level", v)));
        put(filters, Facet.MODE, p.mode(), v -> CourseMode.fromCode(v).map(CourseMode::code).orElseThrow(() -> invalid("mode", v)));
        put(filters, Facet.MUNICIPALITY, p.municipality(), this::municipalityCode);
        put(filters, Facet.LANGUAGE, p.language(), v -> {
            if (!v.matches("[A-Za-z]{2}")) {
                throw invalid("language", v);
            }
            return v.toLowerCase(java.util.Locale.ROOT);
        });
        put(filters, Facet.SKILL, p.skill(), v -> v.trim());
        put(filters, Facet.PROVIDER, p.provider(), v -> v.trim().toUpperCase(java.util.Locale.ROOT));
        put(filters, Facet.START, p.start(), v -> {
            try {
                return YearMonth.parse(v.trim()).toString();
            } catch (DateTimeParseException e) {
                throw invalid("start", v);
            }
        });
        Location near = null;
        if (p.near() != null && !p.near().isBlank()) {
            near = gazetteer.resolve(p.near()).orElseThrow(() -> new InvalidRequestException("near", "error.near.unknown", p.near()));
        }
        Double radius = null;
        if (near != null) {
            radius = p.radiusKm() == null || p.radiusKm().isBlank() ? DEFAULT_RADIUS_KM : number("radiusKm", p.radiusKm(), 0, MAX_RADIUS_KM);
        } else if (p.radiusKm() != null && !p.radiusKm().isBlank()) {
            number("radiusKm", p.radiusKm(), 0, MAX_RADIUS_KM);
        }
        LocalDate startFrom = date("startFrom", p.startFrom());
        LocalDate startTo = date("startTo", p.startTo());
        if (startFrom != null && startTo != null && startTo.isBefore(startFrom)) {
            throw new InvalidRequestException("startTo", "error.startTo.beforeStartFrom");
        }
        SortOrder sort = p.sort() == null || p.sort().isBlank() ? SortOrder.RELEVANCE
                : SortOrder.fromCode(p.sort()).orElseThrow(() -> invalid("sort", p.sort()));
        if (sort == SortOrder.DISTANCE && near == null) {
            throw new InvalidRequestException("sort", "error.sort.distanceNeedsNear");
        }
        int page = (int) number("page", p.page(), 0, MAX_PAGE, 0);
        int size = (int) number("size", p.size(), 1, settings.maxPageSize(), settings.defaultPageSize());
        return new CourseQuery(p.q(), filters, startFrom, startTo, near, radius, sort, page, size);
    }

    private String municipalityCode(String value) {
        if (CourseIndex.ONLINE.equalsIgnoreCase(value.trim())) {
            return CourseIndex.ONLINE;
        }
        return gazetteer.municipality(value).map(MunicipalityView::code).orElseThrow(() -> invalid("municipality", value));
    }

    private static void put(Map<Facet, Set<String>> filters, Facet facet, List<String> values, Function<String, String> convert) {
        if (!values.isEmpty()) {
            Set<String> converted = new LinkedHashSet<>();
            values.forEach(v -> converted.add(convert.apply(v)));
            filters.put(facet, converted);
        }
    }

    private static double number(String field, String value, double min, double max) {
        try {
            double d = Double.parseDouble(value.trim().replace(',', '.'));
            if (Double.isNaN(d) || d < min || d > max) {
                throw new InvalidRequestException(field, "error.parameter.range", field, min, max);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "error.parameter.invalid", field);
        }
    }

    private static double number(String field, String value, double min, double max, double fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        double d = number(field, value, min, max);
        if (d != Math.floor(d)) {
            throw new InvalidRequestException(field, "error.parameter.invalid", field);
        }
        return d;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "error.date.invalid", field, value);
        }
    }

    private static InvalidRequestException invalid(String field, String value) {
        return new InvalidRequestException(field, "error.value.unknown", field, value);
    }
}
