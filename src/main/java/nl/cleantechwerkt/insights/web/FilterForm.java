package nl.cleantechwerkt.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.insights.InsightQuery;
import nl.cleantechwerkt.insights.InsightQueryParser;
import nl.cleantechwerkt.insights.Insights;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The filter form every insight page shares (municipality, level, period): its choices, and
 * reading the filters into a query. A value that cannot be read is shown back at its field with
 * the reason and answered with 400, on the page itself rather than an error page, so the person
 * can correct it there.
 */
@Component
class FilterForm {

    private final InsightQueryParser parser;
    private final Gazetteer gazetteer;
    private final MessageSource messages;

    FilterForm(InsightQueryParser parser, Gazetteer gazetteer, MessageSource messages) {
        this.parser = parser;
        this.gazetteer = gazetteer;
        this.messages = messages;
    }

    /**
     * Puts the form's choices and the filters in the model; returns the query, or nothing after
     * putting the problem in the model ({@code filterError}, {@code filterErrorField}) and setting 400.
     */
    Optional<InsightQuery> read(InsightFilters filters, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("filters", filters);
        model.addAttribute("municipalities", gazetteer.regionMunicipalities());
        model.addAttribute("levels", Arrays.asList(Level.values()));
        model.addAttribute("minSources", Insights.MIN_SOURCES);
        model.addAttribute("reachKm", Insights.REACH_KM);
        try {
            return Optional.of(query(filters));
        } catch (InvalidRequestException e) {
            model.addAttribute("filterErrorField", e.field());
            model.addAttribute("filterError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return Optional.empty();
        }
    }

    /** @throws InvalidRequestException naming the field, for the CSV export (a 400 page) */
    InsightQuery query(InsightFilters filters) {
        return parser.parse(filters.municipality(), filters.level(), filters.from(), filters.to());
    }
}
