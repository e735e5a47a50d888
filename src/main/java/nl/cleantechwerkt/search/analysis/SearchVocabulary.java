package nl.cleantechwerkt.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * The word lists behind the Dutch analysis, read from {@code seed-data/} (packaged on the
 * classpath): the compound-part dictionary, the hand-kept synonym list and the synonym groups
 * derived from ESCO (terms sharing a concept URI). Both backends' configurers take their words
 * from here, so the Lucene and the OpenSearch index cannot drift apart.
 */
final class SearchVocabulary {

    static final String COMPOUND_PARTS = "seed-data/search/compound-parts.txt";
    static final String SYNONYMS = "seed-data/search/synonyms.txt";
    static final String ESCO_TERMS = "seed-data/esco/esco_cleantech_terms_nl_en.csv";
    /** ESCO terms longer than this many words are phrases nobody types as a query. */
    private static final int MAX_TERM_WORDS = 3;

    private SearchVocabulary() {
    }

    static List<String> compoundParts() {
        return lines(COMPOUND_PARTS);
    }

    /** Hand-kept synonym groups, one comma-separated group per element. */
    static List<String> handKeptSynonyms() {
        return lines(SYNONYMS);
    }

    /** ESCO-derived synonym groups: the short NL and EN labels of each concept, comma-separated. */
    static List<String> escoSynonyms() {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        try (InputStream in = open(ESCO_TERMS);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord r : parser) {
                String term = fold(r.get("term"));
                if (!term.isEmpty() && term.split(" ").length <= MAX_TERM_WORDS) {
                    groups.computeIfAbsent(r.get("conceptUri"), k -> new LinkedHashSet<>()).add(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        groups.values().stream().filter(g -> g.size() > 1).forEach(g -> lines.add(String.join(", ", g)));
        return lines;
    }

    /** Every synonym group: the hand-kept ones first, then ESCO's. */
    static List<String> synonymGroups(List<String> handKept, List<String> esco) {
        List<String> all = new ArrayList<>(handKept);
        all.addAll(esco);
        return all;
    }

    /** Dutch stop words: Lucene's Snowball list, given to both backends so they drop the same words. */
    static List<String> stopWords() {
        List<String> words = new ArrayList<>();
        for (Object word : DutchAnalyzer.getDefaultStopSet()) {
            words.add(new String((char[]) word));
        }
        words.sort(null);
        return words;
    }

    /** Lowercase, accents removed, punctuation that the synonym syntax reserves replaced by spaces. */
    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[,=>\\\\#()\\[\\]\"]", " ").replaceAll("\\s+", " ").trim();
    }

    private static List<String> lines(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = SearchVocabulary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing search vocabulary on the classpath: " + resource);
        }
        return in;
    }
}
