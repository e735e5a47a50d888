package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void syntaxCharactersAndEmojiAreDropped() {
        assertThat(QueryText.clean("\"warmtepomp\" AND (zon*) 🔥")).isEqualTo("warmtepomp AND zon");
    }

    @Test
    void hyphenatedWordsAndAccentsSurvive() {
        assertThat(QueryText.clean("  pv-panelen   fotovoltaïsche ")).isEqualTo("pv-panelen fotovoltaïsche");
        assertThat(QueryText.clean("- -- 'x'")).isEqualTo("x");
    }

    @Test
    void longInputIsCutAtAWordBoundary() {
        String cleaned = QueryText.clean("warmtepomp ".repeat(300));
        assertThat(cleaned.length()).isLessThanOrEqualTo(QueryText.MAX_LENGTH);
        assertThat(cleaned).isEqualTo("warmtepomp");
        assertThat(QueryText.clean("a b c d e f g h i j k l m").split(" ")).hasSize(QueryText.MAX_WORDS);
        assertThat(QueryText.clean("Warmtepomp warmtepomp monteur")).isEqualTo("Warmtepomp monteur");
        assertThat(QueryText.clean("x".repeat(2000))).hasSize(QueryText.MAX_LENGTH);
    }

    @Test
    void nothingUsableBecomesEmpty() {
        assertThat(QueryText.clean(null)).isEmpty();
        assertThat(QueryText.clean("\"()*:^~!")).isEmpty();
    }
}
