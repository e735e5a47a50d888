package nl.cleantechwerkt.catalog;

/** Told how far an import is, so a long one can show progress. Called from the importing thread. */
public interface ImportProgress {

    /** For callers that do not show progress. */
    ImportProgress NONE = new ImportProgress() {
    };

    /** The whole file has been read and checked: {@code courses} will be written. */
    default void checked(int courses) {
    }

    /** {@code written} of the file's courses are written; the commit (and indexing) follows the last. */
    default void written(int written) {
    }
}
