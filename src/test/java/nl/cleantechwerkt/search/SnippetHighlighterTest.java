package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cleantechwerkt.search.analysis.DutchAnalyzers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a result shows as matched: the index's analysis, synonyms, typos, prefixes, and escaped HTML. */
class SnippetHighlighterTest {

    private static SnippetHighlighter highlighter;

    @BeforeAll
    static void analyzers() {
        highlighter = new SnippetHighlighter(new DutchAnalyzers());
    }

    @Test
    void marksStemmedWordsAndCompoundsInTheTitle() {
        assertThat(highlighter.forText("warmtepomp", false).title("Monteur warmtepompen en ventilatie"))
                .isEqualTo("Monteur <mark>warmtepompen</mark> en ventilatie");
        // A part of a compound marks the whole word, as the index found the course through it.
        assertThat(highlighter.forText("panelen", false).title("Zonnepanelen leggen")).isEqualTo("<mark>Zonnepanelen</mark> leggen");
    }

    @Test
    void marksSynonymsTyposAndWordsBeingTyped() {
        assertThat(highlighter.forText("heat pump", false).title("Warmtepomp installeren")).contains("<mark>Warmtepomp</mark>");
        assertThat(highlighter.forText("elektrotechnik", true).title("Basis elektrotechniek")).isEqualTo("Basis <mark>elektrotechniek</mark>");
        assertThat(highlighter.forText("warmtep", false).title("Warmtepomp installeren")).isEqualTo("<mark>Warmtepomp</mark> installeren");
    }

    @Test
    void theDescriptionSnippetIsTheMatchingSentenceEscaped() {
        String description = "Je leert veilig werken. Daarna plaats je een <warmtepomp> & test je hem. Tot slot een examen.";
        assertThat(highlighter.forText("warmtepomp", false).description(description))
                .isEqualTo("Daarna plaats je een &lt;<mark>warmtepomp</mark>&gt; &amp; test je hem. ");
    }

    @Test
    void nothingIsMarkedWhenNothingMatches() {
        SnippetHighlighter.Marks marks = highlighter.forText("lassen", false);
        assertThat(marks.title("Warmtepomp installeren")).isNull();
        assertThat(marks.description("Je leert een warmtepomp plaatsen.")).isNull();
        assertThat(marks.description(null)).isNull();
        assertThat(highlighter.forText("", false)).isNull();
        // Typos are marked only when the search tolerated them.
        assertThat(highlighter.forText("elektrotechnik", false).title("Basis elektrotechniek")).isNull();
        // Stop words alone match nothing.
        assertThat(highlighter.forText("de en het", false).title("De cursus en het examen")).isNull();
    }
}
