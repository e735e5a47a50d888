package nl.cleantechwerkt.shared;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this node's search index is its own (embedded Lucene) or shared with other app nodes
 * (OpenSearch with outbox-polling coordination), and what that means for the start-up checks
 * that rebuild an index from the database.
 */
@Component
public class IndexSharing {

    static final String COORDINATION = "spring.jpa.properties.hibernate.search.coordination.strategy";

    private final boolean shared;

    IndexSharing(Environment environment) {
        this.shared = "outbox-polling".equals(environment.getProperty(COORDINATION));
    }

    public boolean shared() {
        return shared;
    }

    /**
     * Whether a start-up check that counted {@code indexed} documents for {@code expected} rows
     * should rebuild the index. Its own index: whenever the two differ. A shared index lags the
     * database by the changes still in the outbox, and purging it would empty search for every
     * node, so only an empty index is rebuilt there; a real drift is a reindex for the operator
     * (docs/deploy.md).
     */
    public boolean shouldRebuild(long indexed, long expected) {
        return shared ? indexed == 0 && expected > 0 : indexed != expected;
    }

    /**
     * {@code --reindex} on the command line: rebuild the indexes at start-up whatever they hold
     * (into the write aliases, for the zero-downtime reindex of docs/deploy.md).
     */
    public static boolean reindexRequested(ApplicationArguments args) {
        return args != null && args.containsOption("reindex");
    }
}
