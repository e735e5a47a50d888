package nl.cleantechwerkt.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.catalog.IndexedRun;
import nl.cleantechwerkt.geo.Distances;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.MunicipalityView;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course search (DESIGN §4): all Hibernate Search query code for courses is here.
 *
 * <p>Text: every word must match somewhere in the course's text (the combined field), either
 * as written (with stemming, compound parts and synonyms), with a typo, or as the start of a
 * title word. Title, skill, outcome and description matches then add to the score, and courses
 * with an upcoming run rank above courses without one. Filters on where and when apply to one
 * and the same upcoming run (nested documents), so a course with a past run in Deventer and a
 * future one in Zutphen is not "in Deventer".
 */
@Service
// No transaction of its own: a read-only transaction takes a database connection at its start
// (to mark it read-only), so every concurrent search held one of the pool's few connections while
// it only read the index; under load requests then waited for the pool. SUPPORTS still binds one
// entity manager to the call, which takes a connection only if something is read from the database.
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class CourseSearch {

    /** Score added to courses with an upcoming run: far above any text score, so they always rank first. */
    private static final float UPCOMING_BOOST = 1000f;
    private static final int MAX_FUZZY_WORDS = 5;
    /** Typos are tolerated when the words as written find fewer courses than this (see {@link Matching}). */
    private static final int TYPOS_BELOW = 10;
    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final Map<Facet, Integer> FACET_SIZES = Map.of(Facet.SKILL, 25, Facet.PROVIDER, 40, Facet.START, 18);

    private final EntityManager entityManager;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final SpellingSuggester speller;
    private final SnippetHighlighter highlighter;

    CourseSearch(EntityManager entityManager, Gazetteer gazetteer, Clock clock, SpellingSuggester speller,
            SnippetHighlighter highlighter) {
        this.entityManager = entityManager;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.speller = speller;
        this.highlighter = highlighter;
    }

    public CourseResults search(CourseQuery query) {
        String text = QueryText.clean(query.text());
        CourseResults results;
        try {
            results = text.isEmpty() ? run(query, text, Matching.EXACT) : runWithTyposIfFew(query, text);
        } catch (RuntimeException e) {
            if (!ClauseLimit.exceeded(e)) {
                throw e;
            }
            // Many synonym-rich words can exceed the backend's clause limit: search again without typo
            // tolerance and per-field boosts rather than fail.
            results = run(query, text, Matching.LEAN);
        }
        if (results.total() > 0 || text.isEmpty()) {
            return results;
        }
        return new CourseResults(results.total(), results.page(), results.size(), results.items(), results.facets(),
                speller.suggest(text, candidate -> count(candidate)));
    }

    /**
     * The words as written, or with typos when they alone find fewer than {@value #TYPOS_BELOW}
     * courses (see {@link Matching}). Filters only narrow what the words find, so when the search
     * as written already finds that many, the words alone do too and no count is needed: one
     * query for most searches instead of a count and a query.
     */
    private CourseResults runWithTyposIfFew(CourseQuery query, String text) {
        CourseResults exact = run(query, text, Matching.EXACT);
        if (exact.total() >= TYPOS_BELOW || count(text, Matching.LEAN) >= TYPOS_BELOW) {
            return exact;
        }
        return run(query, text, Matching.FULL);
    }

    /**
     * How a query's words must match. Typos are tolerated only when the words as written find few
     * courses: a typo'd variant of a common word is mostly another word ("lassen" → "lessen",
     * "kassen"), which adds noise and made every broad search collect and count several times the
     * courses it should. The choice depends on the words only, not on the filters, so a facet's
     * count is what choosing it gives.
     */
    private enum Matching {
        /** As written (stems, compound parts, synonyms), as a title prefix, or with one typo; field boosts. */
        FULL,
        /** As {@link #FULL} without typos. */
        EXACT,
        /** As {@link #EXACT} without field boosts: the fewest clauses. */
        LEAN;

        boolean typos() {
            return this == FULL;
        }

        boolean boosts() {
            return this != LEAN;
        }
    }

    /** @param text the query's text as {@link QueryText#clean} leaves it */
    private CourseResults run(CourseQuery query, String text, Matching matching) {
        LocalDate today = LocalDate.now(clock);
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(Object.class, CourseIndex.ENTITY);

        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var search = session.search(scope)
                .select(hitProjection(scope.projection()))
                .where(f -> predicate(f, query, text, today, null, matching));
        for (Facet facet : Facet.values()) {
            if (query.values(facet).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
                keys.put(facet, key);
                search = search.aggregation(key, f -> aggregation(f, facet, query, today));
            }
        }
        SearchResult<Object[]> result = search.sort(f -> sort(f, query, text, today))
                .fetch(query.page() * query.size(), query.size());

        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> facets.put(facet, facetValues(facet, result.aggregation(key), Set.of())));
        // Facets with a selection are counted without their own filter, so their other values stay visible.
        for (Facet facet : Facet.values()) {
            if (!query.values(facet).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
                SearchResult<?> counts = session.search(scope)
                        .where(f -> predicate(f, query, text, today, facet, matching))
                        .aggregation(key, f -> aggregation(f, facet, query, today))
                        .fetch(0);
                facets.put(facet, facetValues(facet, counts.aggregation(key), query.values(facet)));
            }
        }
        SnippetHighlighter.Marks marks = highlighter.forText(text, matching.typos());
        List<CourseHit> hits = result.hits().stream().map(row -> toHit(row, query, today, marks)).toList();
        return new CourseResults(result.total().hitCountLowerBound(), query.page(), query.size(), hits, facets, null);
    }

    /** Number of published courses a plain text query finds; used to check spelling suggestions. */
    public long count(String text) {
        return count(QueryText.clean(text), Matching.FULL);
    }

    /** Number of published courses the (cleaned) words match, whatever the filters. */
    private long count(String text, Matching matching) {
        LocalDate today = LocalDate.now(clock);
        SearchSession session = Search.session(entityManager);
        CourseQuery plain = new CourseQuery(text, Map.of(), null, null, null, null, SortOrder.RELEVANCE, 0, 0);
        return session.search(session.scope(Object.class, CourseIndex.ENTITY))
                .where(f -> predicate(f, plain, text, today, null, matching))
                .fetchTotalHitCount();
    }

    /**
     * The upcoming runs that a search finds: of the published courses matching the query's text
     * and filters, the runs that start today or later and meet the query's conditions on a run
     * (start window and month, municipality, distance). Courses without such a run are left out,
     * unlike {@link #search}, which lists them after the others. At most {@code maxCourses}
     * courses are read; {@link UpcomingRuns#complete()} says whether that was all of them.
     */
    public UpcomingRuns upcomingRuns(CourseQuery query, int maxCourses) {
        LocalDate today = LocalDate.now(clock);
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(Object.class, CourseIndex.ENTITY);
        String text = QueryText.clean(query.text());
        SearchResult<Object[]> result = session.search(scope)
                .select(f -> f.composite().from(
                        f.id(Long.class).toProjection(),
                        f.field(CourseIndex.TITLE, String.class).toProjection(),
                        f.object(CourseIndex.OFFERINGS).from(
                                f.field(CourseIndex.OFFERING_START, LocalDate.class),
                                f.field(CourseIndex.OFFERING_MUNICIPALITY, String.class),
                                f.field(CourseIndex.OFFERING_ONLINE, Boolean.class),
                                f.field(CourseIndex.OFFERING_LOCATION, GeoPoint.class))
                                .asList(v -> new RunRow((LocalDate) v.get(0), (String) v.get(1),
                                        Boolean.TRUE.equals(v.get(2)), (GeoPoint) v.get(3)))
                                .list().toProjection())
                        .asArray())
                .where(f -> predicate(f, query, text, today, null, Matching.LEAN, true))
                .sort(f -> f.score().then().field(CourseIndex.TITLE_SORT))
                .fetch(maxCourses);
        List<CourseRun> runs = new ArrayList<>();
        for (Object[] row : result.hits()) {
            @SuppressWarnings("unchecked")
            List<RunRow> rows = (List<RunRow>) row[2];
            rows.stream()
                    .filter(r -> qualifies(r, query, today))
                    .sorted(Comparator.comparing(RunRow::start))
                    .forEach(r -> runs.add(new CourseRun((Long) row[0], (String) row[1], r.start(), r.municipality())));
        }
        return new UpcomingRuns(runs, result.total().hitCountLowerBound() <= maxCourses);
    }

    private record RunRow(LocalDate start, String municipality, boolean online, GeoPoint location) {
    }

    /**
     * The conditions of {@link #offeringFilter} on one projected run: the index says which
     * courses have a qualifying run, this says which of their runs it is.
     */
    private static boolean qualifies(RunRow run, CourseQuery q, LocalDate today) {
        LocalDate from = q.startFrom() != null && q.startFrom().isAfter(today) ? q.startFrom() : today;
        if (run.start() == null || run.start().isBefore(from) || (q.startTo() != null && run.start().isAfter(q.startTo()))) {
            return false;
        }
        if (!q.values(Facet.MUNICIPALITY).isEmpty() && !q.values(Facet.MUNICIPALITY).contains(run.municipality())) {
            return false;
        }
        if (!q.values(Facet.START).isEmpty() && !q.values(Facet.START).contains(YearMonth.from(run.start()).toString())) {
            return false;
        }
        if (q.near() != null && q.radiusKm() != null && !run.online()) {
            return run.location() != null && Distances.km(q.near().latitude(), q.near().longitude(), run.location().latitude(),
                    run.location().longitude()) <= q.radiusKm();
        }
        return true;
    }

    /** Up to {@code limit} published course titles starting with (words starting with) the given text. */
    public List<CourseHit> suggestCourses(String prefix, int limit) {
        String text = QueryText.clean(prefix);
        if (text.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        SearchSession session = Search.session(entityManager);
        CourseQuery plain = new CourseQuery(null, Map.of(), null, null, null, null, SortOrder.RELEVANCE, 0, limit);
        SearchScope<Object> scope = session.scope(Object.class, CourseIndex.ENTITY);
        return session.search(scope)
                .select(suggestionProjection(scope.projection()))
                .where(f -> f.bool()
                        .must(f.match().field(CourseIndex.TITLE_PREFIX).matching(text).minimumShouldMatchPercent(100))
                        .filter(f.match().field(CourseIndex.STATUS).matching(CourseIndex.PUBLISHED, ValueModel.INDEX))
                        .should(upcoming(f, today)))
                .sort(f -> f.score().then().field(CourseIndex.TITLE_SORT))
                .fetchHits(limit)
                .stream().map(row -> toHit(row, plain, today, null)).toList();
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, CourseQuery q, String text, LocalDate today, Facet except,
            Matching matching) {
        return predicate(f, q, text, today, except, matching, false);
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, CourseQuery q, String text, LocalDate today, Facet except,
            Matching matching, boolean requireRun) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.filter(f.match().field(CourseIndex.STATUS).matching(CourseIndex.PUBLISHED, ValueModel.INDEX));
        if (text.isEmpty()) {
            bool.must(f.matchAll());
        } else {
            bool.must(textMatch(f, text, matching.typos()));
            bool.should(f.match().field(CourseIndex.TITLE).matching(text).boost(4f));
        }
        if (!text.isEmpty() && matching.boosts()) {
            bool.should(f.phrase().field(CourseIndex.TITLE).matching(text).boost(3f));
            bool.should(f.match().field(CourseIndex.SKILL_LABELS).matching(text).boost(2f));
            bool.should(f.match().field(CourseIndex.LEARNING_OUTCOMES).matching(text).boost(1.5f));
            bool.should(f.match().field(CourseIndex.DESCRIPTION).matching(text));
        }
        bool.should(upcoming(f, today));
        terms(f, bool, q, Facet.LEVEL, CourseIndex.LEVEL, except);
        terms(f, bool, q, Facet.MODE, CourseIndex.MODE, except);
        terms(f, bool, q, Facet.LANGUAGE, CourseIndex.LANGUAGE, except);
        terms(f, bool, q, Facet.SKILL, CourseIndex.SKILLS, except);
        terms(f, bool, q, Facet.PROVIDER, CourseIndex.PROVIDER_CODE, except);
        if (q.filtersOfferings() || requireRun) {
            bool.filter(f.nested(CourseIndex.OFFERINGS).add(offeringFilter(f, q, today, except)));
        }
        return bool;
    }

    /** Every word must match: as written, with a typo, or as the start of a title word. */
    private PredicateFinalStep textMatch(SearchPredicateFactory f, String text, boolean typos) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        any.should(f.match().field(CourseIndex.TEXT).matching(text).minimumShouldMatchPercent(100));
        any.should(f.match().field(CourseIndex.TITLE_PREFIX).matching(text).minimumShouldMatchPercent(100).boost(0.5f));
        List<String> words = Arrays.stream(text.split(" "))
                .filter(w -> !STOP_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)))
                .limit(MAX_FUZZY_WORDS)
                .toList();
        if (typos && !words.isEmpty() && words.stream().anyMatch(w -> w.length() >= QueryText.MIN_FUZZY_LENGTH)) {
            BooleanPredicateClausesStep<?, ?> fuzzy = f.bool();
            for (String word : words) {
                // One edit, not two: two-edit automata made each search ~3x slower (measured), and the
                // spelling suggestion covers the bigger mistakes when nothing is found.
                fuzzy.must(word.length() >= QueryText.MIN_FUZZY_LENGTH
                        ? f.match().field(CourseIndex.TEXT).matching(word).fuzzy(1, 2)
                                .analyzer(nl.cleantechwerkt.shared.Analyzers.DUTCH_PLAIN_QUERY)
                        : f.match().field(CourseIndex.TEXT).matching(word));
            }
            any.should(fuzzy.boost(0.3f));
        }
        return any;
    }

    private PredicateFinalStep upcoming(SearchPredicateFactory f, LocalDate today) {
        // A course has an upcoming run when its last run starts today or later: one range on the course
        // document instead of a join over every nested run, evaluated for every hit of every query.
        return f.range().field(CourseIndex.LAST_START).atLeast(today).constantScore().boost(UPCOMING_BOOST);
    }

    /** Conditions on one upcoming run: start window, municipality, start month, distance. */
    private PredicateFinalStep offeringFilter(SearchPredicateFactory f, CourseQuery q, LocalDate today, Facet except) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        LocalDate from = q.startFrom() != null && q.startFrom().isAfter(today) ? q.startFrom() : today;
        bool.filter(q.startTo() != null ? f.range().field(CourseIndex.OFFERING_START).between(from, q.startTo())
                : f.range().field(CourseIndex.OFFERING_START).atLeast(from));
        if (except != Facet.MUNICIPALITY && !q.values(Facet.MUNICIPALITY).isEmpty()) {
            bool.filter(f.terms().field(CourseIndex.OFFERING_MUNICIPALITY).matchingAny(q.values(Facet.MUNICIPALITY)));
        }
        if (except != Facet.START && !q.values(Facet.START).isEmpty()) {
            bool.filter(f.terms().field(CourseIndex.OFFERING_START_MONTH).matchingAny(q.values(Facet.START)));
        }
        if (q.near() != null && q.radiusKm() != null) {
            // Online runs can be followed from anywhere, so they are within every radius.
            bool.filter(f.or(
                    f.spatial().within().field(CourseIndex.OFFERING_LOCATION)
                            .circle(GeoPoint.of(q.near().latitude(), q.near().longitude()), q.radiusKm(), DistanceUnit.KILOMETERS),
                    f.match().field(CourseIndex.OFFERING_ONLINE).matching(true)));
        }
        return bool;
    }

    private static void terms(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, CourseQuery q, Facet facet,
            String field, Facet except) {
        Set<String> values = q.values(facet);
        if (facet != except && !values.isEmpty()) {
            bool.filter(f.terms().field(field).matchingAny(indexValues(facet, values), ValueModel.INDEX));
        }
    }

    /** Codes as the API uses them → values as the index stores them (enum names). */
    private static List<Object> indexValues(Facet facet, Set<String> values) {
        return values.stream().<Object>map(v -> switch (facet) {
            case LEVEL -> Level.fromCode(v).map(Enum::name).orElse(v);
            case MODE -> CourseMode.fromCode(v).map(Enum::name).orElse(v);
            default -> v;
        }).toList();
    }

    private static String apiValue(Facet facet, String indexValue) {
        return facet == Facet.LEVEL ? Level.valueOf(indexValue).code() : indexValue;
    }

    private org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep<Map<String, Long>> aggregation(
            org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory f, Facet facet, CourseQuery q,
            LocalDate today) {
        int size = FACET_SIZES.getOrDefault(facet, 20);
        return switch (facet) {
            case LEVEL -> f.terms().field(CourseIndex.LEVEL, String.class, ValueModel.INDEX).maxTermCount(size);
            case MODE -> f.terms().field(CourseIndex.MODE, String.class, ValueModel.INDEX).maxTermCount(size);
            case LANGUAGE -> f.terms().field(CourseIndex.LANGUAGE, String.class).maxTermCount(size);
            case SKILL -> f.terms().field(CourseIndex.SKILLS, String.class).maxTermCount(size);
            case PROVIDER -> f.terms().field(CourseIndex.PROVIDER_CODE, String.class).maxTermCount(size);
            case MUNICIPALITY -> f.terms().field(CourseIndex.OFFERING_MUNICIPALITY, String.class)
                    .filter(pf -> offeringFilter(pf, q, today, Facet.MUNICIPALITY)).maxTermCount(size);
            case START -> f.terms().field(CourseIndex.OFFERING_START_MONTH, String.class)
                    .filter(pf -> offeringFilter(pf, q, today, Facet.START)).orderByTermAscending().maxTermCount(size);
        };
    }

    private static List<FacetValue> facetValues(Facet facet, Map<String, Long> counts, Set<String> selected) {
        Map<String, Long> byValue = new LinkedHashMap<>();
        counts.forEach((value, count) -> byValue.put(apiValue(facet, value), count));
        selected.forEach(value -> byValue.putIfAbsent(value, 0L));
        List<FacetValue> values = new ArrayList<>();
        byValue.forEach((value, count) -> values.add(new FacetValue(value, count)));
        if (facet == Facet.LEVEL) {
            values.sort(Comparator.comparingInt(v -> Level.fromCode(v.value()).map(Enum::ordinal).orElse(99)));
        }
        return values;
    }

    private SortFinalStep sort(SearchSortFactory f, CourseQuery q, String text, LocalDate today) {
        SortOrder order = q.sort();
        if (order == SortOrder.DISTANCE && q.near() == null) {
            order = SortOrder.RELEVANCE;
        }
        return switch (order) {
            case START -> f.field(CourseIndex.OFFERING_START).asc().mode(SortMode.MIN)
                    .filter(pf -> pf.range().field(CourseIndex.OFFERING_START).atLeast(today)).missing().last()
                    .then().field(CourseIndex.TITLE_SORT);
            case DISTANCE -> f.distance(CourseIndex.OFFERING_LOCATION, GeoPoint.of(q.near().latitude(), q.near().longitude()))
                    .mode(SortMode.MIN).filter(pf -> pf.range().field(CourseIndex.OFFERING_START).atLeast(today))
                    .then().score().then().field(CourseIndex.TITLE_SORT);
            case TITLE -> f.field(CourseIndex.TITLE_SORT);
            case RELEVANCE -> text.isEmpty()
                    ? f.score().then().field(CourseIndex.OFFERING_START).asc().mode(SortMode.MIN)
                            .filter(pf -> pf.range().field(CourseIndex.OFFERING_START).atLeast(today)).missing().last()
                            .then().field(CourseIndex.TITLE_SORT)
                    : f.score().then().field(CourseIndex.TITLE_SORT);
        };
    }

    private SearchProjection<Object[]> hitProjection(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(baseProjections(f, true))
                .asArray()
                .toProjection();
    }

    private SearchProjection<Object[]> suggestionProjection(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(baseProjections(f, false))
                .asArray()
                .toProjection();
    }

    private static SearchProjection<?>[] baseProjections(SearchProjectionFactory<?, ?> f, boolean description) {
        List<SearchProjection<?>> p = new ArrayList<>(List.of(
                f.id(Long.class).toProjection(),
                f.field(CourseIndex.COURSE_CODE, String.class).toProjection(),
                f.field(CourseIndex.PROVIDER_CODE, String.class).toProjection(),
                f.field(CourseIndex.TITLE, String.class).toProjection(),
                f.field(CourseIndex.PROVIDER_NAME_KEYWORD, String.class).toProjection(),
                f.field(CourseIndex.LEVEL, String.class, ValueModel.INDEX).toProjection(),
                f.field(CourseIndex.MODE, String.class, ValueModel.INDEX).toProjection(),
                f.field(CourseIndex.LANGUAGE, String.class).toProjection(),
                f.field(CourseIndex.SKILLS, String.class).list().toProjection(),
                // The runs stored on the course itself, not the nested run documents (see IndexedRun).
                f.field(CourseIndex.RUNS, String.class).list().toProjection(),
                f.score().toProjection()));
        if (description) {
            // Read for the snippet of a text search (SnippetHighlighter), not shown whole.
            p.add(f.field(CourseIndex.DESCRIPTION, String.class).toProjection());
        }
        return p.toArray(SearchProjection<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    private CourseHit toHit(Object[] row, CourseQuery q, LocalDate today, SnippetHighlighter.Marks marks) {
        List<IndexedRun> upcoming = ((List<String>) row[9]).stream()
                .map(IndexedRun::decode)
                .filter(o -> o.start() != null && !o.start().isBefore(today))
                .sorted(Comparator.comparing(IndexedRun::start))
                .toList();
        Set<String> municipalities = new LinkedHashSet<>();
        boolean online = false;
        for (IndexedRun o : upcoming) {
            if (o.online()) {
                online = true;
            } else if (o.municipalityCode() != null) {
                gazetteer.municipality(o.municipalityCode()).map(MunicipalityView::name).ifPresent(municipalities::add);
            }
        }
        IndexedRun next = upcoming.isEmpty() ? null : upcoming.get(0);
        Double distance = null;
        if (q.near() != null) {
            distance = upcoming.stream().filter(o -> o.latitude() != null && o.longitude() != null)
                    .mapToDouble(o -> Distances.km(q.near().latitude(), q.near().longitude(), o.latitude(), o.longitude()))
                    .min().stream().boxed().findFirst().orElse(null);
        }
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        if (marks != null) {
            putIfAny(highlights, CourseIndex.TITLE, marks.title((String) row[3]));
            putIfAny(highlights, CourseIndex.DESCRIPTION, marks.description(row.length > 11 ? (String) row[11] : null));
        }
        String level = row[5] == null ? null : Level.valueOf((String) row[5]).code();
        return new CourseHit((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], level,
                (String) row[6], (String) row[7], List.copyOf(municipalities), online,
                next == null ? null : next.start(), next == null ? null : (next.online() ? null : next.place()),
                distance == null ? null : Math.round(distance * 10) / 10.0, (List<String>) row[8], (Float) row[10], highlights);
    }

    private static void putIfAny(Map<String, List<String>> target, String field, String fragment) {
        if (fragment != null) {
            target.put(field, List.of(fragment));
        }
    }

}
