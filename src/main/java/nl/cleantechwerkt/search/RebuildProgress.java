package nl.cleantechwerkt.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of an index rebuild (the mass indexer), running or finished: what it covers, how far
 * it got, and how fast. "Entities" are the indexed root entities (courses, learner profiles); a
 * course's runs become nested Lucene documents of it and are not counted separately here.
 *
 * @param trigger who started it: {@code start-up}, {@code reindex}, {@code generator}, {@code admin}
 * @param types the entity names rebuilt, e.g. {@code [Course, LearnerProfile]}
 * @param total entities to index (known once the mass indexer has counted them; 0 before)
 * @param loaded entities loaded from the database so far
 * @param indexed entities whose documents the index has accepted so far
 * @param finishedAt null while running
 * @param failure a short reason when it failed, else null
 */
public record RebuildProgress(String trigger, List<String> types, Instant startedAt, long total, long loaded, long indexed,
        Duration elapsed, Instant finishedAt, String failure) {

    public boolean running() {
        return finishedAt == null;
    }

    public boolean failed() {
        return failure != null;
    }

    /** Entities indexed per second since the start. */
    public long perSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : Math.round(indexed / seconds);
    }

    /** Percentage of the total indexed, 0–100. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, indexed * 100 / total);
    }

    /** Expected time left at the rate so far; zero when unknown or done. */
    public Duration remaining() {
        long rate = perSecond();
        if (!running() || rate <= 0 || total <= indexed) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds((total - indexed) / rate);
    }
}
