package nl.cleantechwerkt.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The index analyzer's remembering filters write exactly the tokens (terms, offsets, positions)
 * of the Lucene filters they replace, the first time a word is seen and every time after.
 */
class CachedFiltersTest {

    private static final List<String> TEXTS = List.of(
            "Zonnepaneleninstallateur: je installeert zonnepanelen en omvormers op daken van huurwoningen.",
            "In deze cursus leer je warmtepompen installeren, warmtepompmonteurs werken veilig volgens NEN 3140.",
            "Cursus Laadpalen installeren voor gevorderden; laadpaalinstallatie en elektrotechniek in de praktijk.",
            "Ventilatiesystemen, isolatiematerialen en energietransitie: circulair werken op de werkvloer.",
            "Zonnepaneleninstallateur zonnepaneleninstallateurs ZONNEPANELEN café coördinatie één",
            "PLC-programmeren, datacommunicatie en koeltechniek voor zij-instromers (met praktijkexamen).");

    @Test
    void cachedFiltersGiveTheTokensOfTheLuceneFilters() throws IOException {
        CharArraySet stopWords = DutchAnalyzer.getDefaultStopSet();
        CharArraySet parts = new CharArraySet(SearchVocabulary.compoundParts(), true);
        Analyzer lucene = DutchAnalysisConfigurer.analyzer(ts -> {
            ts = new DictionaryCompoundWordTokenFilter(ts, parts, DutchAnalysisConfigurer.MIN_WORD,
                    DutchAnalysisConfigurer.MIN_SUBWORD, DutchAnalysisConfigurer.MAX_SUBWORD, false);
            ts = new StopFilter(ts, stopWords);
            ts = new SnowballFilter(ts, new DutchStemmer());
            return new RemoveDuplicatesTokenFilter(ts);
        });
        Analyzer cached = DutchAnalysisConfigurer.analyzer(ts -> {
            ts = new CachedCompoundWordFilter(ts, parts, DutchAnalysisConfigurer.MIN_WORD,
                    DutchAnalysisConfigurer.MIN_SUBWORD, DutchAnalysisConfigurer.MAX_SUBWORD);
            ts = new StopFilter(ts, stopWords);
            ts = new CachedSnowballFilter(ts, new DutchStemmer());
            return new RemoveDuplicatesTokenFilter(ts);
        });
        List<String> split = tokens(lucene, TEXTS.get(0));
        assertThat(split).as("the dictionary splits the compound").anyMatch(t -> t.startsWith("panel"));
        for (int round = 0; round < 3; round++) {
            for (String text : TEXTS) {
                assertThat(tokens(cached, text)).as(text).isEqualTo(tokens(lucene, text));
            }
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("description", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement()
                        + "/" + length.getPositionLength());
            }
            ts.end();
        }
        return tokens;
    }
}
