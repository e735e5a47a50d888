package nl.cleantechwerkt.search.analysis;

import java.util.List;
import nl.cleantechwerkt.shared.Analyzers;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The same Dutch analysis as {@link DutchAnalysisConfigurer}, for the OpenSearch backend
 * (profile {@code opensearch}): the same analyzer and normalizer names, the same filters in the
 * same order, built from the same word lists ({@link SearchVocabulary}) and parameters. OpenSearch
 * runs the same Lucene filters server-side (Snowball Dutch, dictionary decompounder, synonym
 * graph), so a query analyses alike on either backend.
 *
 * <p>The word lists go into the index settings inline. OpenSearch compares them when Hibernate
 * Search validates the schema at start-up: a release that changes a list needs a reindex into a
 * new index (docs/deploy.md), not a restart.
 */
@Component("openSearchAnalysisConfigurer")
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchAnalysisConfigurer.class);
    private static final String STOP = "ctw_dutch_stop";
    private static final String COMPOUNDS = "ctw_compounds";
    private static final String STEMMER = "ctw_dutch_stemmer";
    private static final String SYNONYMS = "ctw_synonyms";
    private static final String EDGE_NGRAMS = "ctw_edge_ngrams";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        List<String> synonyms = SearchVocabulary.synonymGroups(SearchVocabulary.handKeptSynonyms(),
                SearchVocabulary.escoSynonyms());
        context.tokenFilter(STOP).type("stop").param("stopwords", SearchVocabulary.stopWords().toArray(String[]::new));
        context.tokenFilter(COMPOUNDS).type("dictionary_decompounder")
                .param("word_list", SearchVocabulary.compoundParts().toArray(String[]::new))
                .param("min_word_size", DutchAnalysisConfigurer.MIN_WORD)
                .param("min_subword_size", DutchAnalysisConfigurer.MIN_SUBWORD)
                .param("max_subword_size", DutchAnalysisConfigurer.MAX_SUBWORD)
                .param("only_longest_match", false);
        context.tokenFilter(STEMMER).type("snowball").param("language", "Dutch");
        // Lenient: a group that analyses to nothing (all stop words) is skipped, as the Lucene side does.
        context.tokenFilter(SYNONYMS).type("synonym_graph").param("expand", true).param("lenient", true)
                .param("synonyms", synonyms.toArray(String[]::new));
        context.tokenFilter(EDGE_NGRAMS).type("edge_ngram")
                .param("min_gram", DutchAnalysisConfigurer.MIN_GRAM)
                .param("max_gram", DutchAnalysisConfigurer.MAX_GRAM)
                .param("preserve_original", true);

        folded(context, Analyzers.DUTCH, COMPOUNDS, STOP, STEMMER, "remove_duplicates");
        folded(context, Analyzers.DUTCH_QUERY, STOP, SYNONYMS, STEMMER);
        folded(context, Analyzers.DUTCH_PLAIN_QUERY, STOP, STEMMER);
        folded(context, Analyzers.AUTOCOMPLETE, EDGE_NGRAMS);
        folded(context, Analyzers.AUTOCOMPLETE_QUERY);
        context.normalizer(Analyzers.SORT).custom().tokenFilters("lowercase", "asciifolding");
        log.info("OpenSearch analysis: {} synonym groups, {} compound parts", synonyms.size(),
                SearchVocabulary.compoundParts().size());
    }

    /** Standard tokenizer, lowercase and ASCII folding, then the given filters (as {@link DutchAnalysisConfigurer#analyzer}). */
    private static void folded(ElasticsearchAnalysisConfigurationContext context, String name, String... filters) {
        String[] all = new String[filters.length + 2];
        all[0] = "lowercase";
        all[1] = "asciifolding";
        System.arraycopy(filters, 0, all, 2, filters.length);
        context.analyzer(name).custom().tokenizer("standard").tokenFilters(all);
    }
}
