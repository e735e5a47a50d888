package nl.cleantechwerkt.shared;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-memory copy of small reference data (the taxonomy, the gazetteer), built on first use
 * and dropped when the data is replaced.
 */
public final class CachedSnapshot<T> {

    private final Supplier<T> builder;
    private volatile T value;

    public CachedSnapshot(Supplier<T> builder) {
        this.builder = builder;
    }

    public T get() {
        T v = value;
        if (v == null) {
            v = builder.get();
            value = v;
        }
        return v;
    }

    /**
     * Drops the copy now and again when the current transaction ends: a reader running while
     * the data is being replaced may cache what it saw before the commit.
     */
    public void forget() {
        value = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    value = null;
                }
            });
        }
    }
}
