package nl.cleantechwerkt.scaleout;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default index layout (an index {@code <name>-000001} behind the aliases
 * {@code <name>-write} and {@code <name>-read}) with a prefix, so the two-node test's indexes do
 * not meet the suite's {@code course} and {@code learner} in the same OpenSearch node.
 */
public class PrefixedIndexLayout implements IndexLayoutStrategy {

    static final String PREFIX = "two-nodes-";

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return PREFIX + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return PREFIX + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return PREFIX + hibernateSearchIndexName + "-read";
    }
}
