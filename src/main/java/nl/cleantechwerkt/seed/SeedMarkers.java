package nl.cleantechwerkt.seed;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code seed_run} rows that make each part of the seed load once. */
@Component
class SeedMarkers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SeedMarkers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean loaded(String name) {
        return jdbc.queryForObject("select count(*) from seed_run where name = ?", Integer.class, name) > 0;
    }

    void mark(String name, String summary) {
        jdbc.update("insert into seed_run (name, loaded_at, summary) values (?, ?, ?)", name,
                Timestamp.from(clock.instant()), summary);
    }
}
