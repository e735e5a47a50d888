package nl.cleantechwerkt.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
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
     * Puts the form's choices and the filters in the model, reads the query and computes the
     * page's figures from it. A filter the figures cannot be computed for — unreadable, or a
     * period longer than the trend allows, which only the computation finds — gives nothing,
     * with the problem in the model ({@code filterError}, {@code filterErrorField}) and status 400.
     */
    <T> Optional<T> read(InsightFilters filters, Model model, Locale locale, HttpServletResponse response,
            Function<InsightQuery, T> figures) {
        model.addAttribute("filters", filters);
        List<MunicipalityView> choices = new ArrayList<>(gazetteer.regionMunicipalities());
        // A municipality outside the region, asked for by its code or name in the address, is shown as chosen too.
        gazetteer.municipality(filters.municipality()).filter(m -> !m.inRegion()).ifPresent(choices::add);
        model.addAttribute("municipalities", choices);
        model.addAttribute("levels", Arrays.asList(Level.values()));
        model.addAttribute("minSources", Insights.MIN_SOURCES);
        model.addAttribute("reachKm", Insights.REACH_KM);
        try {
            return Optional.of(figures.apply(query(filters)));
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
