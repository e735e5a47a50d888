package nl.cleantechwerkt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedSnapshotTest {

    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong();
    private final CachedSnapshot<Integer> snapshot = new CachedSnapshot<>(builds::incrementAndGet, Duration.ofMinutes(5),
            clock::get);

    @Test
    void aCopyIsKeptWithinItsMaximumAge() {
        assertThat(snapshot.get()).isEqualTo(1);
        clock.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(snapshot.get()).isEqualTo(1);
    }

    @Test
    void anOlderCopyIsRebuiltSoAnotherNodesChangeShowsHere() {
        assertThat(snapshot.get()).isEqualTo(1);
        clock.addAndGet(Duration.ofMinutes(5).plusNanos(1).toNanos());
        assertThat(snapshot.get()).isEqualTo(2);
        assertThat(snapshot.get()).isEqualTo(2);
    }

    @Test
    void forgettingRebuildsAtOnce() {
        snapshot.get();
        snapshot.forget();
        assertThat(snapshot.get()).isEqualTo(2);
    }
}
