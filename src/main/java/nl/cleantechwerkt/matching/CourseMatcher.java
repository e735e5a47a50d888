package nl.cleantechwerkt.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches a target (an occupation and/or skills) and what a person has to the courses that
 * close the gap (DESIGN §5). The gap's skills are weighted ({@link MatchScoring}); the index
 * filters and ranks by covered weight ({@link MatchSearch}); the best hits are scored exactly in
 * Java with the run that fits best, and re-ranked.
 *
 * <p>Exact, not approximate: a course's final score is at most its coverage (both decays are at
 * most 1), and the index returns courses by coverage. So once the {@code size}-th best score is
 * above the coverage of the last course fetched, no course further down the index can enter the
 * list; until then the matcher fetches more (×4, up to {@value #MAX_FETCH} courses — past that,
 * which no region's catalogue comes near, the list is the best of those).
 *
 * <p>Learner profiles and employer needs call {@link #match} with their own target and skills;
 * the quick match page and API call it without an account.
 */
@Service
// No transaction of its own: a read-only transaction takes a database connection at its start
// (to mark it read-only), so every concurrent match held one of the pool's few connections while
// it only read the index; under load requests then waited for the pool. SUPPORTS still binds one
// entity manager to the call, which takes a connection only if something is read from the database.
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class CourseMatcher {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_RADIUS_KM = 25;
    public static final int MAX_RADIUS_KM = 300;
    /** Most skills one list of a request may hold, far above any occupation's (~75). */
    public static final int MAX_SKILLS = 300;
    static final int FIRST_FETCH = 100;
    /**
     * The first round with a place: the proximity decay keeps the best exact scores further below
     * their coverage, so the bound closes only deeper down. Measured at 100,000 courses (25 km):
     * 350 of 420 matches starting at 100 needed a second round to 400; starting at 400, none did,
     * and the p99 fell from 58 to 40 ms (one query instead of two, the same courses read).
     */
    static final int FIRST_FETCH_NEAR = 400;
    static final int MAX_FETCH = 6_400;
    /** Lucene sums float boosts; allow for that rounding when comparing with Java's doubles. */
    private static final double FLOAT_SLACK = 1e-5;

    private static final Logger log = LoggerFactory.getLogger(CourseMatcher.class);

    private final SkillCatalog skillCatalog;
    private final SkillWeights skillWeights;
    private final Gazetteer gazetteer;
    private final MatchSearch matchSearch;
    private final Clock clock;

    CourseMatcher(SkillCatalog skillCatalog, SkillWeights skillWeights, Gazetteer gazetteer, MatchSearch matchSearch,
            Clock clock) {
        this.skillCatalog = skillCatalog;
        this.skillWeights = skillWeights;
        this.gazetteer = gazetteer;
        this.matchSearch = matchSearch;
        this.clock = clock;
    }

    /**
     * The gap and up to {@code size} courses that close it, best first. An unknown occupation,
     * skill or place, or a value out of range, is an {@link InvalidRequestException} naming the
     * field ({@code occupation}, {@code skills}, {@code targetSkills}, {@code near}, {@code radiusKm},
     * {@code startTo}, {@code maxPriceEur}, {@code size}).
     */
    public MatchResult match(MatchRequest request) {
        int size = request.size() == null ? DEFAULT_SIZE : request.size();
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "error.parameter.range", "size", 1, MAX_SIZE);
        }
        OccupationView occupation = occupation(request.occupation());
        SkillGap gap = gap(occupation, request);
        WeightedGap weighted = MatchScoring.weigh(gap, skillWeights::rarity);
        RunConditions conditions = conditions(request);
        if (weighted.isEmpty()) {
            return new MatchResult(occupation, gap, List.of());
        }
        return new MatchResult(occupation, gap, rank(weighted, conditions, request, size));
    }

    private List<CourseMatch> rank(WeightedGap gap, RunConditions conditions, MatchRequest request, int size) {
        int fetch = Math.max(conditions.near() == null ? FIRST_FETCH : FIRST_FETCH_NEAR, size * 4);
        int fetched = 0;
        List<CourseMatch> scored = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        while (true) {
            // Each round reads only the courses ranked below those read before: the earlier ones are
            // scored already (a course seen twice, if the index changed in between, counts once).
            MatchSearch.Page page = matchSearch.find(gap, conditions, request.level(), fetched, fetch - fetched);
            for (Candidate candidate : page.candidates()) {
                if (seen.add(candidate.id())) {
                    MatchScoring.score(gap, candidate, conditions).ifPresent(scored::add);
                    checkSameNumbers(gap, candidate);
                }
            }
            fetched = fetch;
            scored.sort(MatchScoring.RANKING);
            List<CourseMatch> top = scored.size() > size ? scored.subList(0, size) : scored;
            if (page.complete() || page.candidates().isEmpty() || fetch >= MAX_FETCH) {
                return List.copyOf(top);
            }
            // No course below the last one fetched can score above its coverage.
            double last = page.candidates().get(page.candidates().size() - 1).indexScore();
            double bound = last * (1 + FLOAT_SLACK) / gap.total();
            if (top.size() == size && top.get(size - 1).score() > bound) {
                return List.copyOf(top);
            }
            fetch *= 4;
        }
    }

    /** The index ranks by the same weights the explanation shows; say so loudly if they ever differ. */
    private static void checkSameNumbers(WeightedGap gap, Candidate candidate) {
        double covered = candidate.skills().stream().distinct().mapToDouble(s -> gap.weights().getOrDefault(s, 0.0)).sum();
        if (Math.abs(covered - candidate.indexScore()) > FLOAT_SLACK * Math.max(1, covered)) {
            log.warn("Index score {} of course {} differs from its covered weight {}", candidate.indexScore(),
                    candidate.courseCode(), covered);
        }
    }

    /**
     * Only the gap of a request (its target, {@code has}); {@code has} may hold skills outside the
     * target, which do not count. Invalid input as for {@link #match}.
     */
    public SkillGap gap(MatchRequest request) {
        return gap(occupation(request.occupation()), request);
    }

    private OccupationView occupation(String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        return skillCatalog.occupation(uri.trim())
                .orElseThrow(() -> new InvalidRequestException("occupation", "error.match.occupation.unknown", uri));
    }

    /**
     * The target (the occupation's skills plus any target skills; a skill named both essential
     * and optional counts as essential) split into what the person has and lacks, each list
     * rarest first, then by URI.
     */
    private SkillGap gap(OccupationView occupation, MatchRequest request) {
        Set<String> essential = new LinkedHashSet<>();
        Set<String> optional = new LinkedHashSet<>();
        if (occupation != null) {
            essential.addAll(occupation.essentialSkills());
            optional.addAll(occupation.optionalSkills());
        }
        essential.addAll(known("targetSkills", request.targetSkills()));
        optional.addAll(known("targetSkills", request.optionalTargetSkills()));
        optional.removeAll(essential);
        Set<String> has = new HashSet<>(known("skills", request.has()));
        Map<String, Double> rarity = new HashMap<>();
        Comparator<String> rarestFirst = Comparator.comparing((String s) -> rarity.computeIfAbsent(s, skillWeights::rarity))
                .reversed().thenComparing(Comparator.naturalOrder());
        List<String> essentialHave = essential.stream().filter(has::contains).sorted(rarestFirst).toList();
        List<String> essentialMissing = essential.stream().filter(s -> !has.contains(s)).sorted(rarestFirst).toList();
        List<String> optionalHave = optional.stream().filter(has::contains).sorted(rarestFirst).toList();
        List<String> optionalMissing = optional.stream().filter(s -> !has.contains(s)).sorted(rarestFirst).toList();
        return new SkillGap(essentialHave, essentialMissing, optionalHave, optionalMissing);
    }

    private List<String> known(String field, Collection<String> uris) {
        if (uris.size() > MAX_SKILLS) {
            throw new InvalidRequestException(field, "error.match.tooManySkills", MAX_SKILLS);
        }
        List<String> result = new ArrayList<>();
        for (String uri : uris) {
            String trimmed = uri.trim();
            if (skillCatalog.skill(trimmed).isEmpty()) {
                throw new InvalidRequestException(field, "error.skill.unknown", trimmed);
            }
            result.add(trimmed);
        }
        return result;
    }

    private RunConditions conditions(MatchRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = request.startFrom() != null && request.startFrom().isAfter(today) ? request.startFrom() : today;
        if (request.startTo() != null && request.startTo().isBefore(earliest)) {
            throw new InvalidRequestException("startTo", "error.startTo.beforeStartFrom");
        }
        if (request.maxPriceEur() != null && request.maxPriceEur().signum() < 0) {
            throw new InvalidRequestException("maxPriceEur", "error.parameter.invalid", "maxPriceEur");
        }
        Location near = null;
        double radius = DEFAULT_RADIUS_KM;
        if (request.near() != null && !request.near().isBlank()) {
            near = gazetteer.resolve(request.near())
                    .orElseThrow(() -> new InvalidRequestException("near", "error.near.unknown", request.near()));
        }
        if (request.radiusKm() != null) {
            if (request.radiusKm().isNaN() || request.radiusKm() <= 0 || request.radiusKm() > MAX_RADIUS_KM) {
                throw new InvalidRequestException("radiusKm", "error.parameter.range", "radiusKm", 1, MAX_RADIUS_KM);
            }
            radius = request.radiusKm();
        }
        return new RunConditions(earliest, request.startTo(), near, radius, request.schedules(), request.maxPriceEur(),
                request.modes());
    }
}
