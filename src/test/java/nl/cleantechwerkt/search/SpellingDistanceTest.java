package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertThat(SpellingSuggester.distance("elektrotechniek", "elektrotechniek", 3)).isZero();
        assertThat(SpellingSuggester.distance("elektrotechnik", "elektrotechniek", 3)).isEqualTo(1);
        assertThat(SpellingSuggester.distance("warmtpeomp", "warmtepomp", 3)).isEqualTo(1);
        assertThat(SpellingSuggester.distance("lasser", "laster", 3)).isEqualTo(1);
    }

    @Test
    void stopsCountingPastTheLimit() {
        assertThat(SpellingSuggester.distance("zonnepanelen", "elektrotechniek", 2)).isEqualTo(3);
    }
}
