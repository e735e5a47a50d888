package nl.cleantechwerkt.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.cleantechwerkt.matching.CourseMatch;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.MatchExplanation;
import nl.cleantechwerkt.matching.MatchReasons;
import nl.cleantechwerkt.matching.MatchRequest;
import nl.cleantechwerkt.matching.MatchResult;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymous quick match as JSON: no account, nothing stored. Errors are RFC 9457 problem
 * details with the offending {@code field}.
 */
@RestController
@RequestMapping("/api/v1/match")
@Tag(name = "Matching", description = "Courses that close the gap between the skills you have and a target occupation")
class MatchApiController {

    private final CourseMatcher matcher;
    private final MatchReasons reasons;

    MatchApiController(CourseMatcher matcher, MatchReasons reasons) {
        this.matcher = matcher;
        this.reasons = reasons;
    }

    @PostMapping("/courses")
    @Operation(summary = "Courses that close a skill gap, ranked and explained", description = """
            The target is an ESCO occupation (its essential and optional skills) and/or targetSkills (counted as
            essential); skills are what you already have. Returns the skills you miss and published courses with an
            upcoming run that teach them, best first: score = coverage × proximity × startSoon, where coverage is the
            weighted share of your missing skills the course teaches (essential 1, optional 0.5, times the skill's
            rarity ln(1 + occupations / occupations needing it)), proximity = 0.5 + 0.5·2^(−km/20) and
            startSoon = 0.5 + 0.5·2^(−days/90). near is a place, municipality or 4-digit postcode of the region;
            radiusKm defaults to 25. level is your highest level (VMBO, HAVO, VWO, MBO-1 … MBO-4, AD, BACHELOR,
            MASTER): only courses you can enter are matched. Optional: schedules (DAY, EVENING, WEEKEND),
            startFrom / startTo (yyyy-MM-dd) and maxPriceEur for one run. size 1-50, default 10.""")
    MatchResponse courses(@RequestBody QuickMatchRequest body, Locale locale) {
        if ((body.occupation() == null || body.occupation().isBlank()) && (body.targetSkills() == null || body.targetSkills().isEmpty())) {
            throw new InvalidRequestException("occupation", "error.match.noTarget");
        }
        Level level = body.level() == null || body.level().isBlank() ? null
                : Level.fromCode(body.level()).orElseThrow(() -> new InvalidRequestException("level", "error.value.unknown", "level",
                        body.level()));
        Set<Schedule> schedules = new LinkedHashSet<>();
        if (body.schedules() != null) {
            for (String s : body.schedules()) {
                schedules.add(Schedule.fromCode(s)
                        .orElseThrow(() -> new InvalidRequestException("schedules", "error.value.unknown", "schedules", s)));
            }
        }
        MatchResult result = matcher.match(new MatchRequest(body.occupation(), body.targetSkills(), null,
                body.skills() == null ? null : new LinkedHashSet<>(body.skills()), body.near(), body.radiusKm(), level, schedules,
                body.startFrom(), body.startTo(), body.maxPriceEur(), body.size()));
        return new MatchResponse(new Gap(result.gap().essentialMissing(), result.gap().optionalMissing()),
                result.items().stream().map(m -> Item.of(m, reasons.reason(m, locale))).toList());
    }

    /** The request body; every field is optional, but occupation or targetSkills must be given. */
    record QuickMatchRequest(String occupation, List<String> skills, List<String> targetSkills, String near, Double radiusKm,
            String level, Integer size, List<String> schedules, LocalDate startFrom, LocalDate startTo, BigDecimal maxPriceEur) {
    }

    record MatchResponse(Gap gap, List<Item> items) {
    }

    /** The target skills you miss. */
    record Gap(List<String> essential, List<String> optional) {
    }

    /**
     * One course; {@code score = coverage × proximity × startSoon} and {@code covers}, {@code missing},
     * {@code distanceKm} and {@code nextStart} are the figures it was computed from.
     */
    record Item(long courseId, String courseCode, String providerCode, String provider, String title, String level, String mode,
            double score, double coverage, double proximity, double startSoon, List<String> covers, List<String> missing,
            Double distanceKm, LocalDate nextStart, boolean online, String place, String schedule, BigDecimal priceEur,
            String reason) {

        static Item of(CourseMatch m, String reason) {
            MatchExplanation e = m.explanation();
            return new Item(m.courseId(), m.courseCode(), m.providerCode(), m.providerName(), m.title(),
                    m.level() == null ? null : m.level().code(), m.mode() == null ? null : m.mode().code(),
                    round(e.score(), 4), round(e.coverage(), 4), round(e.proximity(), 4), round(e.startSoon(), 4), e.covers(),
                    e.missing(), e.distanceKm() == null ? null : round(e.distanceKm(), 1), e.nextStart(), e.online(), e.place(),
                    e.schedule() == null ? null : e.schedule().name(), e.priceEur(), reason);
        }

        private static double round(double value, int decimals) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        }
    }
}
