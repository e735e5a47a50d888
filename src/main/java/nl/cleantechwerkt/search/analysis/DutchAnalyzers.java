package nl.cleantechwerkt.search.analysis;

import static nl.cleantechwerkt.search.analysis.DutchAnalysisConfigurer.MAX_GRAM;
import static nl.cleantechwerkt.search.analysis.DutchAnalysisConfigurer.MAX_SUBWORD;
import static nl.cleantechwerkt.search.analysis.DutchAnalysisConfigurer.MIN_GRAM;
import static nl.cleantechwerkt.search.analysis.DutchAnalysisConfigurer.MIN_SUBWORD;
import static nl.cleantechwerkt.search.analysis.DutchAnalysisConfigurer.MIN_WORD;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.springframework.stereotype.Component;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Lucene analyzers of the Dutch course text, built once: the embedded index registers them
 * ({@link DutchAnalysisConfigurer}), and the snippet highlighter analyses result text with them on
 * every backend, so what is marked in a result is what the index matched.
 */
@Component
public class DutchAnalyzers {

    private final Analyzer index;
    private final Analyzer query;
    private final Analyzer plainQuery;
    private final Analyzer autocomplete;
    private final Analyzer autocompleteQuery;

    public DutchAnalyzers() {
        CharArraySet stopWords = DutchAnalyzer.getDefaultStopSet();
        CharArraySet compoundParts = new CharArraySet(SearchVocabulary.compoundParts(), true);
        SynonymMap synonyms = DutchAnalysisConfigurer.synonyms(stopWords);
        index = DutchAnalysisConfigurer.analyzer(ts -> {
            // The cached filters give the same tokens as DictionaryCompoundWordTokenFilter and SnowballFilter,
            // at a fraction of the cost when the vocabulary repeats (mass indexing).
            ts = new CachedCompoundWordFilter(ts, compoundParts, MIN_WORD, MIN_SUBWORD, MAX_SUBWORD);
            ts = new StopFilter(ts, stopWords);
            ts = new CachedSnowballFilter(ts, new DutchStemmer());
            return new RemoveDuplicatesTokenFilter(ts);
        });
        query = DutchAnalysisConfigurer.analyzer(ts -> {
            ts = new StopFilter(ts, stopWords);
            ts = new SynonymGraphFilter(ts, synonyms, true);
            return new SnowballFilter(ts, new DutchStemmer());
        });
        plainQuery = DutchAnalysisConfigurer.analyzer(ts -> {
            ts = new StopFilter(ts, stopWords);
            return new SnowballFilter(ts, new DutchStemmer());
        });
        autocomplete = DutchAnalysisConfigurer.analyzer(ts -> new EdgeNGramTokenFilter(ts, MIN_GRAM, MAX_GRAM, true));
        autocompleteQuery = DutchAnalysisConfigurer.analyzer(UnaryOperator.identity());
    }

    /** Index-time Dutch text: folding, compound splitting, stop words, stemming. */
    public Analyzer index() {
        return index;
    }

    /** Query-time Dutch text: like {@link #index()} without compound splitting, plus synonyms. */
    public Analyzer query() {
        return query;
    }

    /** Query-time Dutch text without synonyms, for typo-tolerant matching. */
    public Analyzer plainQuery() {
        return plainQuery;
    }

    /** Index-time edge n-grams of folded words. */
    public Analyzer autocomplete() {
        return autocomplete;
    }

    /** Folded words, the query side of {@link #autocomplete()}. */
    public Analyzer autocompleteQuery() {
        return autocompleteQuery;
    }
}
