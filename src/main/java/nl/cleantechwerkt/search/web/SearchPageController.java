package nl.cleantechwerkt.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Locale;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseDetail;
import nl.cleantechwerkt.search.CourseQuery;
import nl.cleantechwerkt.search.CourseResults;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.search.SearchParameters;
import nl.cleantechwerkt.search.SearchParametersParser;
import nl.cleantechwerkt.search.SortOrder;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The search pages: home, results with facets, course detail, and the autocomplete fragment. */
@Controller
class SearchPageController {

    static final String HOME = "search/home";
    static final String RESULTS = "search/results";
    static final String COURSE = "search/course";
    static final String SUGGESTIONS = "search/suggestions :: list";

    private final CourseSearch courseSearch;
    private final CourseCatalog courseCatalog;
    private final SearchParametersParser parser;
    private final SearchPageModel pageModel;
    private final Suggestions suggestions;
    private final MessageSource messages;

    SearchPageController(CourseSearch courseSearch, CourseCatalog courseCatalog, SearchParametersParser parser,
            SearchPageModel pageModel, Suggestions suggestions, MessageSource messages) {
        this.courseSearch = courseSearch;
        this.courseCatalog = courseCatalog;
        this.parser = parser;
        this.pageModel = pageModel;
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("courseCount", courseCatalog.countPublished());
        model.addAttribute("levels", Level.values());
        model.addAttribute("municipalities", pageModel.municipalities());
        return HOME;
    }

    @GetMapping(SearchPageModel.PATH)
    String results(@ModelAttribute("params") SearchParameters params, @RequestParam MultiValueMap<String, String> raw,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
            HttpServletResponse response) {
        model.addAttribute("sorts", SortOrder.values());
        CourseQuery query;
        try {
            query = parser.parse(params);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            model.addAttribute("errorField", e.field());
            return RESULTS;
        }
        CourseResults results = courseSearch.search(query);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        Map<String, String> providerNames = pageModel.providerNames();
        model.addAttribute("facets", pageModel.facets(results, query, raw, locale, providerNames));
        model.addAttribute("chips", pageModel.chips(query, raw, locale, providerNames));
        model.addAttribute("pages", pageModel.pages(results, raw));
        model.addAttribute("clearUrl", SearchPageModel.url(MultiValueMap.fromSingleValue(
                query.hasText() ? java.util.Map.of("q", query.text()) : java.util.Map.of())));
        if (results.suggestion() != null) {
            model.addAttribute("suggestionUrl", pageModel.urlWith(raw, "q", results.suggestion()));
        }
        return RESULTS;
    }

    @GetMapping("/opleidingen/{id}")
    String course(@PathVariable long id, Model model) {
        CourseDetail course = courseCatalog.publishedCourse(id);
        model.addAttribute("course", course);
        return COURSE;
    }

    @GetMapping("/suggesties")
    String suggestions(@RequestParam(required = false) String q, Locale locale, Model model) {
        model.addAttribute("suggestions", suggestions.suggest(q, locale));
        return SUGGESTIONS;
    }

}
