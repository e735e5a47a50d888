package nl.cleantechwerkt.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.springframework.stereotype.Component;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Suggests taxonomy skills for a text (a course description, a "what have you done" box), for a
 * person to confirm — never applied silently (DESIGN §5). The text goes into a Lucene
 * {@link MemoryIndex} with Dutch analysis; a skill is suggested when every word of one of its
 * Dutch or English labels (preferred or alternative) occurs in the text, in any form the
 * stemmer joins. Labels of one or two very common words would match everything and are skipped.
 */
@Component
public class SkillSuggester {

    private static final String FIELD = "text";
    private static final int MIN_SINGLE_WORD_LENGTH = 6;

    private final SkillCatalog catalog;
    private final Analyzer analyzer = new DutchTextAnalyzer();
    private volatile List<LabelQuery> queries;

    SkillSuggester(SkillCatalog catalog) {
        this.catalog = catalog;
    }

    /** Suggested skills, best first (more label words matched first). */
    public List<SkillView> suggest(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        MemoryIndex index = new MemoryIndex();
        index.addField(FIELD, text, analyzer);
        Map<String, Integer> best = new LinkedHashMap<>();
        for (LabelQuery q : queries()) {
            if (index.search(q.query()) > 0) {
                best.merge(q.skillUri(), q.words(), Math::max);
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .map(e -> catalog.skill(e.getKey()).orElseThrow())
                .toList();
    }

    private List<LabelQuery> queries() {
        List<LabelQuery> q = queries;
        if (q == null) {
            q = new ArrayList<>();
            for (SkillView skill : catalog.allSkills()) {
                List<String> labels = new ArrayList<>(List.of(skill.labelNl(), skill.labelEn()));
                labels.addAll(skill.altLabelsNl());
                labels.addAll(skill.altLabelsEn());
                for (String label : labels) {
                    List<String> terms = terms(label);
                    if (terms.isEmpty() || (terms.size() == 1 && terms.get(0).length() < MIN_SINGLE_WORD_LENGTH)) {
                        continue;
                    }
                    BooleanQuery.Builder all = new BooleanQuery.Builder();
                    terms.forEach(t -> all.add(new TermQuery(new Term(FIELD, t)), BooleanClause.Occur.MUST));
                    q.add(new LabelQuery(skill.uri(), all.build(), terms.size()));
                }
            }
            q.sort(Comparator.comparing(LabelQuery::skillUri));
            queries = List.copyOf(q);
        }
        return q;
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private record LabelQuery(String skillUri, Query query, int words) {
    }

    /** Folded, Dutch and English stop words removed, Dutch stems (English words mostly pass unchanged). */
    private static final class DutchTextAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            ts = new StopFilter(ts, DutchAnalyzer.getDefaultStopSet());
            ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new SnowballFilter(ts, new DutchStemmer()));
        }
    }
}
