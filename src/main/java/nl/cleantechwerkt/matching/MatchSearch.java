package nl.cleantechwerkt.matching;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.catalog.IndexedRun;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * All Hibernate Search query code of matching. One query per request (or a few, see
 * {@link CourseMatcher}): the filters keep to published courses with at least one run meeting
 * every condition (nested, so "upcoming", "within the radius", "evenings" and "within budget"
 * hold for one and the same run) and a reachable entry level; the score is a sum of one
 * constant-score clause per missing skill, boosted by that skill's weight, so a course's Lucene
 * score is exactly the weight of the gap it covers — the numerator of its coverage.
 */
@Component
class MatchSearch {

    private final EntityManager entityManager;

    MatchSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Courses teaching at least one gap skill, by covered weight: those ranked {@code offset} to
     * {@code offset + limit - 1}, so a further round projects only the courses it adds.
     */
    Page find(WeightedGap gap, RunConditions conditions, Level personLevel, int offset, int limit) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(Object.class, CourseIndex.ENTITY);
        List<Object[]> rows = session.search(scope)
                .select(projection(scope.projection()))
                .where(f -> predicate(f, gap, conditions, personLevel))
                // The final order is decided in Java; the id only makes equal scores fetch alike in every round
                // (a number: comparing titles cost a tenth of a match at 100,000 courses).
                .sort(f -> f.score().then().field(CourseIndex.ID_ORDER))
                // No total is needed: counting every match kept Lucene from skipping courses that cannot
                // reach the page (block-max WAND on the skill weights).
                .totalHitCountThreshold(offset + limit)
                .fetchHits(offset, limit);
        return new Page(rows.stream().map(MatchSearch::toCandidate).toList(), rows.size() < limit);
    }

    /**
     * @param complete true when no matching course ranks below these
     */
    record Page(List<Candidate> candidates, boolean complete) {
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, WeightedGap gap, RunConditions conditions,
            Level personLevel) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.filter(f.match().field(CourseIndex.STATUS).matching(CourseIndex.PUBLISHED, ValueModel.INDEX));
        BooleanPredicateClausesStep<?, ?> skills = f.bool();
        gap.weights().forEach((uri, weight) ->
                skills.should(f.match().field(CourseIndex.SKILLS).matching(uri).constantScore().boost(weight.floatValue())));
        bool.must(skills);
        bool.filter(f.nested(CourseIndex.OFFERINGS).add(runFilter(f, conditions)));
        if (!conditions.modes().isEmpty()) {
            bool.filter(f.terms().field(CourseIndex.MODE)
                    .matchingAny(conditions.modes().stream().map(Enum::name).toList(), ValueModel.INDEX));
        }
        if (personLevel != null) {
            List<String> reachable = Arrays.stream(Level.values()).filter(l -> l.rank() <= personLevel.rank()).map(Enum::name).toList();
            bool.filter(f.or(f.not(f.exists().field(CourseIndex.ENTRY_LEVEL)),
                    f.terms().field(CourseIndex.ENTRY_LEVEL).matchingAny(reachable, ValueModel.INDEX)));
        }
        return bool;
    }

    /** The conditions of {@link RunConditions#admits}, as a filter on one nested run. */
    private static PredicateFinalStep runFilter(SearchPredicateFactory f, RunConditions c) {
        BooleanPredicateClausesStep<?, ?> run = f.bool();
        run.filter(c.latest() == null ? f.range().field(CourseIndex.OFFERING_START).atLeast(c.earliest())
                : f.range().field(CourseIndex.OFFERING_START).between(c.earliest(), c.latest()));
        if (c.near() != null) {
            run.filter(f.or(
                    f.spatial().within().field(CourseIndex.OFFERING_LOCATION)
                            .circle(GeoPoint.of(c.near().latitude(), c.near().longitude()), c.radiusKm(), DistanceUnit.KILOMETERS),
                    f.match().field(CourseIndex.OFFERING_ONLINE).matching(true)));
        }
        if (!c.schedules().isEmpty()) {
            run.filter(f.terms().field(CourseIndex.OFFERING_SCHEDULE)
                    .matchingAny(c.schedules().stream().map(Enum::name).toList(), ValueModel.INDEX));
        }
        if (c.maxPriceEur() != null) {
            run.filter(f.or(f.not(f.exists().field(CourseIndex.OFFERING_PRICE)),
                    f.range().field(CourseIndex.OFFERING_PRICE).atMost(c.maxPriceEur())));
        }
        return run;
    }

    private static SearchProjection<Object[]> projection(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(
                f.id(Long.class).toProjection(),
                f.field(CourseIndex.COURSE_CODE, String.class).toProjection(),
                f.field(CourseIndex.PROVIDER_CODE, String.class).toProjection(),
                f.field(CourseIndex.PROVIDER_NAME_KEYWORD, String.class).toProjection(),
                f.field(CourseIndex.TITLE, String.class).toProjection(),
                f.field(CourseIndex.LEVEL, String.class, ValueModel.INDEX).toProjection(),
                f.field(CourseIndex.MODE, String.class, ValueModel.INDEX).toProjection(),
                f.field(CourseIndex.SKILLS, String.class).list().toProjection(),
                // The runs stored on the course itself, not the nested run documents (see IndexedRun).
                f.field(CourseIndex.RUNS, String.class).list().toProjection(),
                f.score().toProjection())
                .asArray()
                .toProjection();
    }

    private static Candidate.Run toRun(String stored) {
        IndexedRun run = IndexedRun.decode(stored);
        return new Candidate.Run(run.start(), run.online(), run.place(), run.latitude(), run.longitude(), run.schedule(),
                run.priceEur());
    }

    @SuppressWarnings("unchecked")
    private static Candidate toCandidate(Object[] row) {
        String level = (String) row[5];
        String mode = (String) row[6];
        return new Candidate((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                level == null ? null : Level.valueOf(level), mode == null ? null : CourseMode.valueOf(mode),
                List.copyOf((List<String>) row[7]), ((List<String>) row[8]).stream().map(MatchSearch::toRun).toList(), (Float) row[9]);
    }
}
