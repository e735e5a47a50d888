package nl.cleantechwerkt.shared;

/**
 * Names of the analyzers and normalizers of the search index. Defined once by the search
 * module's analysis configurer and referenced by name in the index mapping.
 */
public final class Analyzers {

    /** Index-time Dutch text: folding, compound splitting, stop words, Snowball Dutch stemming. */
    public static final String DUTCH = "dutch";
    /** Query-time Dutch text: like {@link #DUTCH} without compound splitting, plus the synonym graph. */
    public static final String DUTCH_QUERY = "dutch_query";
    /** Query-time Dutch text without synonyms, for fuzzy (typo-tolerant) matching against real index terms. */
    public static final String DUTCH_PLAIN_QUERY = "dutch_plain_query";
    /** Index-time edge n-grams of folded words, for prefix search and autocomplete. */
    public static final String AUTOCOMPLETE = "autocomplete";
    /** Query-time counterpart of {@link #AUTOCOMPLETE}: folded words without n-grams. */
    public static final String AUTOCOMPLETE_QUERY = "autocomplete_query";
    /** Keyword normalizer for sorting and exact matching: lowercase, ASCII folding. */
    public static final String SORT = "sort";

    private Analyzers() {
    }
}
