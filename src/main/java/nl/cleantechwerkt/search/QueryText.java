package nl.cleantechwerkt.search;

/**
 * Turns whatever a person typed into safe query text: letters, digits, hyphens and
 * apostrophes only, single spaces, at most {@value #MAX_WORDS} words and {@value #MAX_LENGTH} characters. Quotes,
 * brackets, operators, wildcards and emoji carry no syntax in this search, so they are
 * dropped rather than allowed to reach a parser.
 */
final class QueryText {

    static final int MAX_LENGTH = 200;
    /** More words add nothing to finding a course, but every word multiplies the query's clauses. */
    static final int MAX_WORDS = 10;
    static final int MIN_FUZZY_LENGTH = 4;

    private QueryText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replaceAll("[^\\p{L}\\p{N}'\\-]+", " ").replaceAll("(?<=\\s|^)[-']+|[-']+(?=\\s|$)", " ")
                .replaceAll("\\s+", " ").trim();
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH);
            text = text.substring(0, cut > 0 ? cut : MAX_LENGTH).trim();
        }
        // A repeated word adds no meaning, only clauses.
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String word : text.split(" ")) {
            if (!word.isEmpty() && seen.add(word.toLowerCase(java.util.Locale.ROOT)) && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }
}
