package nl.cleantechwerkt.insights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.cleantechwerkt.insights.InsightQuery;
import nl.cleantechwerkt.insights.InsightQueryParser;
import nl.cleantechwerkt.insights.Insights;
import nl.cleantechwerkt.insights.SkillFigures;
import nl.cleantechwerkt.insights.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public figures of demand against supply. Errors are RFC 9457 problem details naming the parameter. */
@RestController
@RequestMapping("/api/v1/insights")
@Tag(name = "Insights", description = "Demand for skills in the Cleantech Regio against the supply of courses")
class InsightsApiController {

    private final Insights insights;
    private final InsightQueryParser parser;

    InsightsApiController(Insights insights, InsightQueryParser parser) {
        this.insights = insights;
        this.parser = parser;
    }

    @GetMapping("/skills")
    @Operation(summary = "Demand against supply per skill", description = """
            Per skill with demand or supply: demand = open employer needs (must 1, nice 0.5, times the people asked for)
            plus consenting learners' gaps towards their target occupations (essential 1, optional 0.5);
            supply = published courses teaching the skill with a run from today (within from/to when given), at the
            level, in the municipality or online; ratio = supply / demand. Highest demand first.
            A skill whose demand comes from fewer than 5 needs and people is suppressed: demand, demandSources and
            ratio are null and "suppressed" is true; suppressed skills come last, by label.
            Level codes: VMBO, HAVO, VWO, MBO-1, MBO-2, MBO-3, MBO-4, AD, BACHELOR, MASTER, COURSE.""")
    SkillsResponse skills(
            @Parameter(description = "Municipality name or CBS code (GM0150)") @RequestParam(required = false) String municipality,
            @Parameter(description = "Level code") @RequestParam(required = false) String level,
            @Parameter(description = "First month of the run window, yyyy-MM") @RequestParam(required = false) String from,
            @Parameter(description = "Last month of the run window, yyyy-MM") @RequestParam(required = false) String to) {
        InsightQuery q = parser.parse(municipality, level, from, to);
        List<SkillItem> items = insights.skills(q, Visibility.PUBLIC).stream().map(SkillItem::of).toList();
        return new SkillsResponse(QueryEcho.of(q), items);
    }

    record SkillsResponse(QueryEcho query, List<SkillItem> items) {
    }

    /** The query as understood: the municipality as its CBS code, months as yyyy-MM; absent filters are null. */
    record QueryEcho(String municipality, String level, String from, String to) {

        static QueryEcho of(InsightQuery q) {
            return new QueryEcho(q.municipalityCode(), q.level() == null ? null : q.level().code(),
                    q.from() == null ? null : q.from().toString(), q.to() == null ? null : q.to().toString());
        }
    }

    /** One skill; {@code suppressed} appears only when true. */
    record SkillItem(String skill, String label, String labelEn, String group, Double demand, Integer demandSources,
            int supply, int seats, Double ratio, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean suppressed) {

        static SkillItem of(SkillFigures f) {
            return new SkillItem(f.skillUri(), f.labelNl(), f.labelEn(), f.groupNl(), f.demand(), f.demandSources(),
                    f.supplyCourses(), f.supplySeats(), f.ratio() == null ? null : Math.round(f.ratio() * 1000) / 1000.0,
                    f.suppressed());
        }
    }
}
