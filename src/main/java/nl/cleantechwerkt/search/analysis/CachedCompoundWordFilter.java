package nl.cleantechwerkt.search.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;

/**
 * {@link DictionaryCompoundWordTokenFilter} (all matches, not only the longest) with a memory of
 * the words it has split. Splitting looks up every substring of 4 to 20 letters of every word of
 * 6 letters or more in the dictionary, which the mass indexing profile showed as a large share of
 * the indexing time; course texts repeat a small vocabulary, so a word is split once per thread
 * and its parts are replayed afterwards. The tokens are exactly those of the Lucene filter
 * ({@code DutchAnalysisConfigurerTest} compares them).
 */
final class CachedCompoundWordFilter extends CompoundWordTokenFilterBase {

    /** Words remembered per filter (the analyzer keeps one filter per thread); forgotten all at once when full. */
    static final int MAX_CACHED = 50_000;
    private static final int[] NO_PARTS = new int[0];

    private final CharArrayMap<int[]> cache = new CharArrayMap<>(1_024, false);

    CachedCompoundWordFilter(TokenStream input, CharArraySet dictionary, int minWordSize, int minSubwordSize,
            int maxSubwordSize) {
        super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, false);
    }

    @Override
    protected void decompose() {
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        int[] parts = cache.get(buffer, 0, length);
        if (parts == null) {
            parts = split(buffer, length);
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(new String(buffer, 0, length), parts);
        }
        for (int p = 0; p < parts.length; p += 2) {
            tokens.add(new CompoundToken(parts[p], parts[p + 1]));
        }
    }

    /** Offset and length of every dictionary word inside the term, in the order the Lucene filter emits them. */
    private int[] split(char[] buffer, int length) {
        int[] found = NO_PARTS;
        int count = 0;
        for (int i = 0; i <= length - minSubwordSize; i++) {
            for (int j = minSubwordSize; j <= maxSubwordSize && i + j <= length; j++) {
                if (dictionary.contains(buffer, i, j)) {
                    if (count + 2 > found.length) {
                        found = java.util.Arrays.copyOf(found, Math.max(4, found.length * 2));
                    }
                    found[count++] = i;
                    found[count++] = j;
                }
            }
        }
        return count == found.length ? found : java.util.Arrays.copyOf(found, count);
    }
}
