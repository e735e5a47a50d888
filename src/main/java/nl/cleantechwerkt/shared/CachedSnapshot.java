package nl.cleantechwerkt.shared;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-memory copy of small reference data (the taxonomy, the gazetteer), built on first use
 * and dropped when the data is replaced.
 *
 * <p>Each app node keeps its own copy, and {@link #forget()} reaches only the node that
 * replaced the data. So a copy is also rebuilt when it is older than its maximum age: another
 * node's import (or a copy taken while another node was still seeding an empty database) shows
 * on every node within that time.
 */
public final class CachedSnapshot<T> {

    /** How long another node's change to reference data may stay unseen here. */
    public static final Duration CROSS_NODE_REFRESH = Duration.ofMinutes(5);

    private final Supplier<T> builder;
    private final long maxAgeNanos;
    private final LongSupplier ticker;
    private volatile Built<T> value;

    public CachedSnapshot(Supplier<T> builder) {
        this(builder, CROSS_NODE_REFRESH, System::nanoTime);
    }

    CachedSnapshot(Supplier<T> builder, Duration maxAge, LongSupplier ticker) {
        this.builder = builder;
        this.maxAgeNanos = maxAge.toNanos();
        this.ticker = ticker;
    }

    public T get() {
        Built<T> v = value;
        long now = ticker.getAsLong();
        if (v == null || now - v.at() > maxAgeNanos) {
            v = new Built<>(builder.get(), now);
            value = v;
        }
        return v.value();
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

    private record Built<T>(T value, long at) {
    }
}
