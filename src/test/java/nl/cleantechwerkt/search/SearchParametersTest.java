package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The URL query a saved search keeps: canonical, without paging, and read back to the same parameters. */
class SearchParametersTest {

    @Test
    void theQueryStringIsCanonicalAndLeavesPagingOut() {
        SearchParameters p = SearchParameters.ofQueryString("?page=3&level=MBO-4&q=warmte+pomp&size=50&level=MBO-3&sort=start");
        assertThat(p.queryString()).isEqualTo("q=warmte+pomp&level=MBO-4&level=MBO-3&sort=start");
        assertThat(p.page()).isNull();
        assertThat(p.size()).isNull();
    }

    @Test
    void oddCharactersSurviveTheRoundTrip() {
        SearchParameters p = new SearchParameters("C++ & 100% ‘zon’=ja", List.of("COURSE"), null, List.of("Deventer"), "7411 AB",
                "15", null, null, null, null, "2027-01-01", null, null, null, null);
        SearchParameters back = SearchParameters.ofQueryString(p.queryString());
        assertThat(back.q()).isEqualTo("C++ & 100% ‘zon’=ja");
        assertThat(back.near()).isEqualTo("7411 AB");
        assertThat(back.radiusKm()).isEqualTo("15");
        assertThat(back.municipality()).containsExactly("Deventer");
        assertThat(back.queryString()).isEqualTo(p.queryString());
    }

    @Test
    void aRadiusWithoutAPlaceIsNotKeptAndBadEscapesDoNotFail() {
        assertThat(SearchParameters.ofQueryString("radiusKm=10&q=zon").queryString()).isEqualTo("q=zon");
        assertThat(SearchParameters.ofQueryString("q=%zz&level").q()).isEqualTo("%zz");
    }
}
