package nl.cleantechwerkt.shared;

/**
 * A search index that a module derives from its own tables, besides the course index (which
 * {@code search.SearchIndexMaintenance} checks with its document layout): the entity it indexes
 * and how many documents it should hold. At start-up {@code SearchIndexMaintenance} compares that
 * with the index and rebuilds a drifted one through {@code search.IndexRebuilds}, so every rebuild
 * logs its progress, shows on the admin page and runs one at a time.
 */
public interface DerivedIndex {

    /** The indexed entity's name (Hibernate Search's, the JPA entity name). */
    String entity();

    /** Documents the index should hold now: the rows its routing puts in it. */
    long expectedDocuments();
}
