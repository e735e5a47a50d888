package nl.cleantechwerkt.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseDetail;
import nl.cleantechwerkt.search.CourseHit;
import nl.cleantechwerkt.search.CourseResults;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.search.SearchParameters;
import nl.cleantechwerkt.search.SearchParametersParser;
import nl.cleantechwerkt.search.FacetValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public course search API. Errors are RFC 9457 problem details naming the parameter. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Courses", description = "Search the course catalogue of the Cleantech Regio")
class CourseApiController {

    private final CourseSearch courseSearch;
    private final CourseCatalog courseCatalog;
    private final SearchParametersParser parser;
    private final Suggestions suggestions;

    CourseApiController(CourseSearch courseSearch, CourseCatalog courseCatalog, SearchParametersParser parser,
            Suggestions suggestions) {
        this.courseSearch = courseSearch;
        this.courseCatalog = courseCatalog;
        this.parser = parser;
        this.suggestions = suggestions;
    }

    @GetMapping("/courses")
    @Operation(summary = "Search courses", description = """
            Full-text search in Dutch (stemming, compounds, synonyms, typos, prefixes) with filters and facet counts.
            Values within one filter are alternatives; different filters all apply. An empty q lists everything.
            Level codes: VMBO, HAVO, VWO, MBO-1, MBO-2, MBO-3, MBO-4, AD, BACHELOR, MASTER, COURSE.
            Mode codes: FULLTIME, PARTTIME, BOL, BBL, ONLINE, BLENDED.""")
    SearchResponse search(
            @Parameter(description = "Search text") @RequestParam(required = false) String q,
            @Parameter(description = "Level code(s)") @RequestParam(required = false) List<String> level,
            @Parameter(description = "Mode code(s)") @RequestParam(required = false) List<String> mode,
            @Parameter(description = "Municipality name or CBS code (GM0150), or ONLINE") @RequestParam(required = false) List<String> municipality,
            @Parameter(description = "Centre for distance: municipality, place or 4-digit postcode") @RequestParam(required = false) String near,
            @Parameter(description = "Radius around near in km (default 25)") @RequestParam(required = false) String radiusKm,
            @Parameter(description = "Language code(s), e.g. nl, en") @RequestParam(required = false) List<String> language,
            @Parameter(description = "ESCO skill URI(s)") @RequestParam(required = false) List<String> skill,
            @Parameter(description = "Provider code(s)") @RequestParam(required = false) List<String> provider,
            @Parameter(description = "Start month(s), yyyy-MM") @RequestParam(required = false) List<String> start,
            @Parameter(description = "Earliest start date, yyyy-MM-dd") @RequestParam(required = false) String startFrom,
            @Parameter(description = "Latest start date, yyyy-MM-dd") @RequestParam(required = false) String startTo,
            @Parameter(description = "relevance, start, distance or title") @RequestParam(required = false) String sort,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "Page size, 1-100 (default 20)") @RequestParam(required = false) String size) {
        CourseResults results = courseSearch.search(parser.parse(new SearchParameters(q, level, mode, municipality, near, radiusKm,
                language, skill, provider, start, startFrom, startTo, sort, page, size)));
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, values) -> facets.put(facet.param(), values));
        return new SearchResponse(results.total(), results.page(), results.size(),
                results.items().stream().map(CourseItem::of).toList(), facets, results.suggestion());
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "One published course with its upcoming offerings")
    CourseResponse course(@PathVariable long id) {
        return CourseResponse.of(courseCatalog.publishedCourse(id));
    }

    @GetMapping("/suggest")
    @Operation(summary = "Autocomplete: courses, skills and places starting with q")
    Suggestions.Result suggest(@RequestParam(required = false) String q, Locale locale) {
        return suggestions.suggest(q, locale);
    }

    record SearchResponse(long total, int page, int size, List<CourseItem> items, Map<String, List<FacetValue>> facets,
            String suggestion) {
    }

    record CourseItem(long id, String courseCode, String providerCode, String title, String provider, String level,
            String mode, String language, List<String> municipalities, boolean online, LocalDate nextStart,
            Double distanceKm, List<String> skills, float score, Map<String, List<String>> highlights) {

        static CourseItem of(CourseHit h) {
            return new CourseItem(h.id(), h.courseCode(), h.providerCode(), h.title(), h.provider(), h.level(), h.mode(),
                    h.language(), h.municipalities(), h.online(), h.nextStart(), h.distanceKm(), h.skills(), h.score(),
                    h.highlights());
        }
    }

    record CourseResponse(long id, String courseCode, String providerCode, String title, String provider, String description,
            List<String> learningOutcomes, String level, String mode, String language, Integer hours, Integer ects,
            String qualificationCode, String sector, String entryLevel, String url, String costNote,
            List<SkillItem> skills, List<OfferingItem> offerings) {

        static CourseResponse of(CourseDetail c) {
            return new CourseResponse(c.id(), c.courseCode(), c.provider().code(), c.title(), c.provider().name(),
                    c.description(), c.learningOutcomes(), c.level().code(), c.mode().code(), c.language(), c.hours(),
                    c.ects(), c.qualificationCode(), c.sector() == null ? null : c.sector().name(),
                    c.entryLevel() == null ? null : c.entryLevel().code(), c.url(), c.costNote(),
                    c.skills().stream().map(s -> new SkillItem(s.uri(), s.labelNl(), s.labelEn())).toList(),
                    c.upcoming().stream().map(o -> new OfferingItem(o.startDate(), o.endDate(), o.enrolmentDeadline(),
                            o.online(), o.place(), o.municipality(), o.schedule() == null ? null : o.schedule().name(),
                            o.priceEur(), o.seats())).toList());
        }
    }

    record SkillItem(String uri, String labelNl, String labelEn) {
    }

    record OfferingItem(LocalDate startDate, LocalDate endDate, LocalDate enrolmentDeadline, boolean online, String place,
            String municipality, String schedule, BigDecimal priceEur, Integer seats) {
    }
}
