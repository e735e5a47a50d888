package nl.cleantechwerkt.search;

import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;

/**
 * The one backend-specific piece of the search code: recognising that a query exceeded the
 * backend's limit on boolean clauses. The Lucene backend throws Lucene's exception in this JVM;
 * OpenSearch refuses the request and Hibernate Search reports its error response, which names
 * the limit ({@code too_many_clauses}, "maxClauseCount is set to 1024").
 */
final class ClauseLimit {

    private ClauseLimit() {
    }

    static boolean exceeded(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IndexSearcher.TooManyClauses) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("too_many_clauses") || message.contains("too_many_nested_clauses")
                    || message.contains("maxclausecount")) {
                return true;
            }
        }
        return false;
    }
}
