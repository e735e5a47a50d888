package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

class ClauseLimitTest {

    @Test
    void luceneRefusingTooManyClausesIsRecognisedAnywhereInTheCauses() {
        RuntimeException wrapped = new IllegalStateException("search failed", new IndexSearcher.TooManyClauses());
        assertThat(ClauseLimit.exceeded(wrapped)).isTrue();
    }

    @Test
    void openSearchRefusingTooManyClausesIsRecognisedByItsErrorResponse() {
        RuntimeException error = new RuntimeException("HSEARCH400007: Elasticsearch request failed: Response: 400 'Bad Request'"
                + " {\"error\":{\"root_cause\":[{\"type\":\"too_many_clauses\",\"reason\":\"maxClauseCount is set to 1024\"}]}}");
        assertThat(ClauseLimit.exceeded(new IllegalStateException(error))).isTrue();
    }

    @Test
    void otherFailuresAreNotMistakenForTheLimit() {
        assertThat(ClauseLimit.exceeded(new IllegalStateException("connection refused"))).isFalse();
        assertThat(ClauseLimit.exceeded(new IllegalStateException((String) null))).isFalse();
    }
}
