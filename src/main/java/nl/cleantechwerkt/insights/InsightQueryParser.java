package nl.cleantechwerkt.insights;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import org.springframework.stereotype.Component;

/**
 * Reads an {@link InsightQuery} from request parameters as the API and the pages receive them:
 * municipality by name or CBS code ("Deventer", "GM0150"), level code as the search API takes it
 * ("MBO-4"), months as {@code yyyy-MM}. Blank means "not given". Anything else is an
 * {@link InvalidRequestException} naming the parameter (a 400).
 */
@Component
public class InsightQueryParser {

    private final Gazetteer gazetteer;

    InsightQueryParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public InsightQuery parse(String municipality, String level, String from, String to) {
        String code = blank(municipality) ? null : gazetteer.municipality(municipality).map(MunicipalityView::code)
                .orElseThrow(() -> new InvalidRequestException("municipality", "insights.error.municipalityUnknown",
                        municipality.trim()));
        Level lvl = blank(level) ? null : Level.fromCode(level)
                .orElseThrow(() -> new InvalidRequestException("level", "error.value.unknown", "level", level.trim()));
        return new InsightQuery(code, lvl, month("from", from), month("to", to));
    }

    private static YearMonth month(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "insights.error.monthInvalid", field, value.trim());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
