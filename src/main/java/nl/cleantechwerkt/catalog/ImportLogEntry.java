package nl.cleantechwerkt.catalog;

import java.time.Instant;

/** One past import as the school's import page lists it. */
public record ImportLogEntry(Instant happenedAt, String actor, String fileName, int rows, int created, int updated,
        int archived, int problems, String result) {
}
