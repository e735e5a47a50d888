package nl.cleantechwerkt.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import nl.cleantechwerkt.shared.Analyzers;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Dutch analysis of the course index (DESIGN §4). Index time: standard tokenizer,
 * lowercase, ASCII folding, compound splitting from a dictionary of technical word parts
 * (zonnepaneleninstallateur also yields zonne, panelen, installateur), Dutch stop words,
 * Snowball Dutch stemming (both remembered per word, see {@link CachedCompoundWordFilter}). Query time: the same without compound splitting (the index has
 * the parts already) but with a synonym graph from the hand-kept list and ESCO's labels
 * (warmtepomp ↔ heat pump). Fuzzy matching uses the plain query analyzer, without synonyms,
 * so a typo is corrected against real index terms only.
 */
@Component("dutchAnalysisConfigurer")
public class DutchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DutchAnalysisConfigurer.class);
    /** Compound splitting: words from this length, parts of this length; shared with {@link OpenSearchAnalysisConfigurer}. */
    static final int MIN_WORD = 6;
    static final int MIN_SUBWORD = 4;
    static final int MAX_SUBWORD = 20;
    /** Edge n-grams of the autocomplete field. */
    static final int MIN_GRAM = 1;
    static final int MAX_GRAM = 20;

    private final DutchAnalyzers analyzers;

    DutchAnalysisConfigurer(DutchAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.DUTCH).instance(analyzers.index());
        context.analyzer(Analyzers.DUTCH_QUERY).instance(analyzers.query());
        context.analyzer(Analyzers.DUTCH_PLAIN_QUERY).instance(analyzers.plainQuery());
        context.analyzer(Analyzers.AUTOCOMPLETE).instance(analyzers.autocomplete());
        context.analyzer(Analyzers.AUTOCOMPLETE_QUERY).instance(analyzers.autocompleteQuery());
        context.normalizer(Analyzers.SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    /** Standard tokenizer, lowercase and ASCII folding, then the given filters. */
    static Analyzer analyzer(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, filters.apply(ts));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Builds the synonym map. Each group is parsed on its own, so one group that analyses to
     * nothing (all stop words) is skipped with a count in the log instead of failing start-up.
     */
    static SynonymMap synonyms(CharArraySet stopWords) {
        Analyzer parseAnalyzer = analyzer(ts -> new StopFilter(ts, stopWords));
        SolrSynonymParser parser = new SolrSynonymParser(true, true, parseAnalyzer);
        List<String> hand = SearchVocabulary.handKeptSynonyms();
        List<String> esco = SearchVocabulary.escoSynonyms();
        int skipped = 0;
        for (String group : SearchVocabulary.synonymGroups(hand, esco)) {
            try {
                parser.parse(new StringReader(group));
            } catch (ParseException | IllegalArgumentException e) {
                skipped++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            SynonymMap map = parser.build();
            log.info("Search synonyms: {} hand-kept and {} ESCO groups ({} skipped as empty after analysis)", hand.size(),
                    esco.size(), skipped);
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
