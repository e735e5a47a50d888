package nl.cleantechwerkt.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.shared.TextFolding;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.springframework.stereotype.Component;

/**
 * "Did you mean" for searches that find nothing: each unknown word is replaced by the closest
 * word of the catalogue's vocabulary (course titles, skill labels), and the corrected query is
 * offered only when it finds something. The vocabulary is rebuilt when the published catalogue
 * has changed since it was built.
 */
@Component
class SpellingSuggester {

    private final CourseCatalog courseCatalog;
    private final SkillCatalog skillCatalog;
    private volatile Vocabulary vocabulary;

    SpellingSuggester(CourseCatalog courseCatalog, SkillCatalog skillCatalog) {
        this.courseCatalog = courseCatalog;
        this.skillCatalog = skillCatalog;
    }

    /**
     * @param hits how many courses a candidate query finds
     * @return a corrected query that finds something, or null
     */
    String suggest(String text, ToLongFunction<String> hits) {
        Map<String, Integer> words = vocabulary().words;
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            String key = TextFolding.fold(word);
            String best = key;
            if (!words.containsKey(key) && key.length() >= 3) {
                int limit = key.length() >= 10 ? 3 : key.length() >= 5 ? 2 : 1;
                int bestDistance = limit + 1;
                int bestFrequency = 0;
                for (Map.Entry<String, Integer> candidate : words.entrySet()) {
                    String w = candidate.getKey();
                    if (Math.abs(w.length() - key.length()) > limit) {
                        continue;
                    }
                    int d = distance(key, w, limit);
                    if (d <= limit && (d < bestDistance || (d == bestDistance && candidate.getValue() > bestFrequency))) {
                        bestDistance = d;
                        bestFrequency = candidate.getValue();
                        best = w;
                    }
                }
            }
            changed |= !best.equals(key);
            corrected.append(corrected.isEmpty() ? "" : " ").append(best);
        }
        if (!changed) {
            return null;
        }
        String candidate = corrected.toString();
        return hits.applyAsLong(candidate) > 0 ? candidate : null;
    }

    private Vocabulary vocabulary() {
        Vocabulary v = vocabulary;
        String version = courseCatalog.publishedVersion();
        if (v == null || !v.version.equals(version)) {
            Map<String, Integer> words = new HashMap<>();
            courseCatalog.publishedTitles().forEach(title -> addWords(words, title));
            for (SkillView skill : skillCatalog.allSkills()) {
                addWords(words, skill.labelNl());
                addWords(words, skill.labelEn());
            }
            v = new Vocabulary(Map.copyOf(words), version);
            vocabulary = v;
        }
        return v;
    }

    private static void addWords(Map<String, Integer> words, String text) {
        if (text == null) {
            return;
        }
        for (String w : TextFolding.fold(text).split(" ")) {
            if (w.length() >= 3) {
                words.merge(w, 1, Integer::sum);
            }
        }
    }

    /** Optimal string alignment distance (Levenshtein with transpositions), stopping early past {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private record Vocabulary(Map<String, Integer> words, String version) {
    }

}
