package nl.cleantechwerkt.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * {@link SnowballFilter} with a memory of the words it has stemmed: the Snowball program was the
 * largest single cost of mass indexing (every word of every text field, twice, since the course's
 * combined text field repeats them), while course texts repeat a small vocabulary. Same tokens as
 * the Lucene filter ({@code DutchAnalysisConfigurerTest} compares them).
 */
final class CachedSnowballFilter extends TokenFilter {

    /** Words remembered per filter (the analyzer keeps one filter per thread); forgotten all at once when full. */
    static final int MAX_CACHED = 50_000;

    private final SnowballStemmer stemmer;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final CharArrayMap<char[]> cache = new CharArrayMap<>(1_024, false);

    CachedSnowballFilter(TokenStream input, SnowballStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keywordAtt.isKeyword()) {
            return true;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        char[] stem = cache.get(buffer, 0, length);
        if (stem == null) {
            String word = new String(buffer, 0, length);
            stemmer.setCurrent(buffer, length);
            stemmer.stem();
            stem = java.util.Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(word, stem);
        }
        termAtt.copyBuffer(stem, 0, stem.length);
        return true;
    }
}
