package nl.cleantechwerkt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.search.SnippetHighlighter;
import nl.cleantechwerkt.shared.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneBackend;

/**
 * The app's course search rebuilt by hand on raw Lucene, over the very index directory Hibernate
 * Search writes: same analyzers (taken from the backend), same fields, the same query shape as
 * {@code CourseSearch} (every word in the combined text, or as a title prefix, or with one typo;
 * title, phrase, skill, outcome and description boosts; a constant boost for courses with an
 * upcoming run, through a block join on the nested runs; level and mode filters), and the same
 * work per search: the top 20 sorted by score then title, exact total, all seven facets (the two
 * nested ones over upcoming runs, counted once per course; a selected facet counted again without
 * its own filter), stored fields of the hits and their runs, and title and description
 * highlights. What it leaves out is what Hibernate Search adds: the DSL, projections into
 * objects, and converting values.
 */
final class RawCourseSearch implements AutoCloseable {

    /** Hibernate Search's metadata fields: document type (main / child) and nested path. */
    static final String TYPE_FIELD = "__HSEARCH_type";
    static final String NESTED_PATH_FIELD = "__HSEARCH_nested_document_path";

    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final int MAX_FUZZY_WORDS = 5;
    private static final List<String> FLAT_FACETS = List.of(CourseIndex.LEVEL, CourseIndex.MODE, CourseIndex.LANGUAGE,
            CourseIndex.SKILLS, CourseIndex.PROVIDER_CODE);
    private static final List<String> NESTED_FACETS = List.of(CourseIndex.OFFERING_MUNICIPALITY, CourseIndex.OFFERING_START_MONTH);
    private static final Map<String, Integer> FACET_SIZES = Map.of(CourseIndex.SKILLS, 25, CourseIndex.PROVIDER_CODE, 40,
            CourseIndex.OFFERING_START_MONTH, 18);
    private static final Sort BY_SCORE_THEN_TITLE = new Sort(SortField.FIELD_SCORE,
            new org.apache.lucene.search.SortedSetSortField(CourseIndex.TITLE_SORT, false));

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder dutch;
    private final QueryBuilder autocomplete;
    private final QueryBuilder fuzzy;
    private static final int TYPOS_BELOW = 10;
    private final SnippetHighlighter highlighter;
    private final BitSetProducer parents = new QueryBitSetProducer(new TermQuery(new Term(TYPE_FIELD, "main")));

    RawCourseSearch(Path indexDirectory, LuceneBackend backend, SnippetHighlighter highlighter) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
        // No executor: the app's searches run on one thread too.
        searcher = new IndexSearcher(reader);
        Analyzer dutchQuery = analyzer(backend, Analyzers.DUTCH_QUERY);
        dutch = new QueryBuilder(dutchQuery);
        autocomplete = new QueryBuilder(analyzer(backend, Analyzers.AUTOCOMPLETE_QUERY));
        fuzzy = new QueryBuilder(analyzer(backend, Analyzers.DUTCH_PLAIN_QUERY)) {
            @Override
            protected Query newTermQuery(Term term, float boost) {
                return new FuzzyQuery(term, 1, 2);
            }
        };
        this.highlighter = highlighter;
    }

    static Analyzer analyzer(LuceneBackend backend, String name) {
        return backend.analyzer(name).orElseThrow(() -> new IllegalStateException("No analyzer " + name));
    }

    /** What one search returns: the total, the codes of the hits in order, facet counts. */
    record Result(long total, List<String> codes, Map<String, Map<String, Integer>> facets) {
    }

    /**
     * @param filters index field ({@code level}, {@code mode}) → index values (enum names)
     */
    Result search(String text, Map<String, Set<String>> filters, LocalDate today, int size) throws IOException {
        boolean typos = typos(text);
        Query query = query(text, typos, filters, null, today);
        TopFieldCollectorManager top = new TopFieldCollectorManager(BY_SCORE_THEN_TITLE, size, null, Integer.MAX_VALUE);
        List<String> unselected = new ArrayList<>();
        FLAT_FACETS.stream().filter(f -> !filters.containsKey(f)).forEach(unselected::add);
        unselected.addAll(NESTED_FACETS);
        Object[] results = searcher.search(query, new MultiCollectorManager(top, facets(unselected, today)));
        TopDocs topDocs = (TopDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>((Map<String, Map<String, Integer>>) results[1]);
        // A selected facet is counted without its own filter, so its other values stay visible.
        for (String field : filters.keySet()) {
            facets.putAll(searcher.search(query(text, typos, filters, field, today), facets(List.of(field), today)));
        }
        List<String> codes = readHits(topDocs);
        if (!text.isBlank()) {
            // The app's snippets: the same highlighter on the same stored title and description.
            SnippetHighlighter.Marks marks = highlighter.forText(text, typos);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : topDocs.scoreDocs) {
                var doc = stored.document(hit.doc, Set.of(CourseIndex.TITLE, CourseIndex.DESCRIPTION));
                marks.title(doc.get(CourseIndex.TITLE));
                marks.description(doc.get(CourseIndex.DESCRIPTION));
            }
        }
        return new Result(topDocs.totalHits.value, codes, facets);
    }

    /**
     * The same query with only the work PostgreSQL is asked to do: the best {@code size} by score,
     * the exact total and the codes of the hits; no facets, runs or highlights.
     */
    Result searchQueryOnly(String text, LocalDate today, int size) throws IOException {
        TopDocs topDocs = searcher.search(query(text, typos(text), Map.of(), null, today),
                new org.apache.lucene.search.TopScoreDocCollectorManager(size, null, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        List<String> codes = new ArrayList<>(topDocs.scoreDocs.length);
        for (ScoreDoc hit : topDocs.scoreDocs) {
            codes.add(stored.document(hit.doc, Set.of(CourseIndex.COURSE_CODE)).get(CourseIndex.COURSE_CODE));
        }
        return new Result(topDocs.totalHits.value, codes, Map.of());
    }

    /** Autocomplete as {@code CourseSearch.suggestCourses}: every word as a title prefix, upcoming first. */
    List<String> suggest(String prefix, LocalDate today, int size) throws IOException {
        BooleanQuery.Builder bool = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CourseIndex.STATUS, CourseIndex.PUBLISHED)), Occur.FILTER)
                .add(new TermQuery(new Term(TYPE_FIELD, "main")), Occur.FILTER)
                .add(upcoming(today), Occur.SHOULD);
        Query words = autocomplete.createBooleanQuery(CourseIndex.TITLE_PREFIX, prefix, Occur.MUST);
        if (words == null) {
            return List.of();
        }
        bool.add(words, Occur.MUST);
        TopDocs topDocs = searcher.search(bool.build(), size, BY_SCORE_THEN_TITLE);
        return readHits(topDocs);
    }

    /** As the app: typos are tolerated when the words as written find fewer than 10 published courses. */
    private boolean typos(String text) throws IOException {
        Query exact = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CourseIndex.STATUS, CourseIndex.PUBLISHED)), Occur.FILTER)
                .add(new TermQuery(new Term(TYPE_FIELD, "main")), Occur.FILTER)
                .add(textMatch(text, false), Occur.MUST)
                .build();
        return searcher.count(exact) < TYPOS_BELOW;
    }

    private Query query(String text, boolean typos, Map<String, Set<String>> filters, String exceptFilter, LocalDate today) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CourseIndex.STATUS, CourseIndex.PUBLISHED)), Occur.FILTER)
                .add(new TermQuery(new Term(TYPE_FIELD, "main")), Occur.FILTER);
        bool.add(textMatch(text, typos), Occur.MUST);
        add(bool, dutch.createBooleanQuery(CourseIndex.TITLE, text, Occur.SHOULD), 4f);
        add(bool, dutch.createPhraseQuery(CourseIndex.TITLE, text), 3f);
        add(bool, dutch.createBooleanQuery(CourseIndex.SKILL_LABELS, text, Occur.SHOULD), 2f);
        add(bool, dutch.createBooleanQuery(CourseIndex.LEARNING_OUTCOMES, text, Occur.SHOULD), 1.5f);
        add(bool, dutch.createBooleanQuery(CourseIndex.DESCRIPTION, text, Occur.SHOULD), 1f);
        bool.add(upcoming(today), Occur.SHOULD);
        filters.forEach((field, values) -> {
            if (!field.equals(exceptFilter)) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
                bool.add(any.build(), Occur.FILTER);
            }
        });
        return bool.build();
    }

    private Query textMatch(String text, boolean typos) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        add(any, dutch.createBooleanQuery(CourseIndex.TEXT, text, Occur.MUST), 1f);
        add(any, autocomplete.createBooleanQuery(CourseIndex.TITLE_PREFIX, text, Occur.MUST), 0.5f);
        List<String> words = Arrays.stream(text.split(" "))
                .filter(w -> !STOP_WORDS.contains(w.toLowerCase(Locale.ROOT)))
                .limit(MAX_FUZZY_WORDS)
                .toList();
        if (typos && words.stream().anyMatch(w -> w.length() >= MIN_FUZZY_LENGTH)) {
            BooleanQuery.Builder typo = new BooleanQuery.Builder();
            for (String word : words) {
                Query q = word.length() >= MIN_FUZZY_LENGTH ? fuzzy.createBooleanQuery(CourseIndex.TEXT, word, Occur.MUST)
                        : dutch.createBooleanQuery(CourseIndex.TEXT, word, Occur.MUST);
                if (q != null) {
                    typo.add(q, Occur.MUST);
                }
            }
            any.add(new BoostQuery(typo.build(), 0.3f), Occur.SHOULD);
        }
        return any.build();
    }

    private Query upcoming(LocalDate today) {
        Query run = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(CourseIndex.OFFERING_START, today.toEpochDay(), Long.MAX_VALUE), Occur.FILTER)
                .add(new TermQuery(new Term(NESTED_PATH_FIELD, CourseIndex.OFFERINGS)), Occur.FILTER)
                .build();
        return new BoostQuery(new ConstantScoreQuery(new ToParentBlockJoinQuery(run, parents,
                org.apache.lucene.search.join.ScoreMode.None)), 1000f);
    }

    private static void add(BooleanQuery.Builder bool, Query query, float boost) {
        if (query != null) {
            bool.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        }
    }

    /** Reads the stored fields of each hit and of its runs (the documents just before it in its block). */
    private List<String> readHits(TopDocs topDocs) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<String> codes = new ArrayList<>(topDocs.scoreDocs.length);
        for (ScoreDoc hit : topDocs.scoreDocs) {
            codes.add(stored.document(hit.doc).get(CourseIndex.COURSE_CODE));
            LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(hit.doc, reader.leaves()));
            BitSet parentBits = parents.getBitSet(leaf);
            int local = hit.doc - leaf.docBase;
            int firstChild = local == 0 ? 0 : parentBits.prevSetBit(local - 1) + 1;
            for (int child = firstChild; child < local; child++) {
                stored.document(leaf.docBase + child);
            }
        }
        return codes;
    }

    /** Counts facet values over the matching courses; nested facets over their upcoming runs, once per course. */
    private CollectorManager<FacetCounter, Map<String, Map<String, Integer>>> facets(List<String> fields, LocalDate today) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(fields, today.toEpochDay());
            }

            @Override
            public Map<String, Map<String, Integer>> reduce(java.util.Collection<FacetCounter> collectors) throws IOException {
                Map<String, Map<String, Integer>> merged = new LinkedHashMap<>();
                for (FacetCounter c : collectors) {
                    c.flush();
                    c.counts.forEach((field, counts) -> counts.forEach((term, n) ->
                            merged.computeIfAbsent(field, f -> new HashMap<>()).merge(term, n, Integer::sum)));
                }
                Map<String, Map<String, Integer>> top = new LinkedHashMap<>();
                merged.forEach((field, counts) -> {
                    Map<String, Integer> best = new LinkedHashMap<>();
                    counts.entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                            .limit(FACET_SIZES.getOrDefault(field, 20))
                            .forEach(e -> best.put(e.getKey(), e.getValue()));
                    top.put(field, best);
                });
                return top;
            }
        };
    }

    private final class FacetCounter extends SimpleCollector {
        private final List<String> fields;
        private final long today;
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final Map<String, SortedSetDocValues> values = new HashMap<>();
        private final Map<String, int[]> ordCounts = new HashMap<>();
        private BitSet parentBits;
        private SortedNumericDocValues starts;

        FacetCounter(List<String> fields, long today) {
            this.fields = fields;
            this.today = today;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (String field : fields) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), field);
                values.put(field, dv);
                ordCounts.put(field, new int[(int) dv.getValueCount()]);
            }
            parentBits = parents.getBitSet(context);
            starts = DocValues.getSortedNumeric(context.reader(), CourseIndex.OFFERING_START);
        }

        @Override
        public void collect(int doc) throws IOException {
            List<String> nested = new ArrayList<>(2);
            for (String field : fields) {
                if (NESTED_FACETS.contains(field)) {
                    nested.add(field);
                    continue;
                }
                SortedSetDocValues dv = values.get(field);
                if (dv.advanceExact(doc)) {
                    int[] perOrd = ordCounts.get(field);
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        perOrd[(int) dv.nextOrd()]++;
                    }
                }
            }
            if (nested.isEmpty()) {
                return;
            }
            // Each term once per course, over its runs that start today or later; the runs are the
            // documents just before the course in its block, visited once in order.
            java.util.BitSet[] seen = new java.util.BitSet[nested.size()];
            int firstChild = doc == 0 ? 0 : parentBits.prevSetBit(doc - 1) + 1;
            for (int child = firstChild; child < doc; child++) {
                if (!starts.advanceExact(child) || starts.nextValue() < today) {
                    continue;
                }
                for (int f = 0; f < seen.length; f++) {
                    SortedSetDocValues dv = values.get(nested.get(f));
                    if (dv.advanceExact(child)) {
                        int[] perOrd = ordCounts.get(nested.get(f));
                        if (seen[f] == null) {
                            seen[f] = new java.util.BitSet();
                        }
                        for (int i = 0; i < dv.docValueCount(); i++) {
                            int ord = (int) dv.nextOrd();
                            if (!seen[f].get(ord)) {
                                seen[f].set(ord);
                                perOrd[ord]++;
                            }
                        }
                    }
                }
            }
        }

        void flush() throws IOException {
            for (Map.Entry<String, int[]> e : ordCounts.entrySet()) {
                SortedSetDocValues dv = values.get(e.getKey());
                int[] perOrd = e.getValue();
                for (int ord = 0; ord < perOrd.length; ord++) {
                    if (perOrd[ord] > 0) {
                        counts.computeIfAbsent(e.getKey(), f -> new HashMap<>())
                                .merge(dv.lookupOrd(ord).utf8ToString(), perOrd[ord], Integer::sum);
                    }
                }
            }
            ordCounts.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
