package nl.cleantechwerkt.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a team would otherwise pick: PostgreSQL full-text search over the same published courses.
 * One row per course with the text the app's combined field holds (title, description, outcomes,
 * provider name, Dutch and English skill labels), a stored {@code tsvector} with the Dutch
 * Snowball configuration, weighted so title (A) counts above skills (B) and the rest (C), a GIN
 * index, and {@code websearch_to_tsquery} (every word must match, as in the app) ranked by
 * {@code ts_rank}, with the total as the app gives it.
 */
final class PostgresFullText implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final DataSource dataSource;
    private final Connection connection;
    private final PreparedStatement search;

    PostgresFullText() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        connection = dataSource.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("create table course_fts (code varchar(60) not null, provider varchar(40), title text not null,"
                    + " description text, outcomes text, provider_name text, skills text)");
        }
        search = connection.prepareStatement("select code, count(*) over () from course_fts, websearch_to_tsquery('dutch', ?) q"
                + " where tsv @@ q order by ts_rank(tsv, q) desc, title limit ?");
    }

    /** Copies the published courses from the app's database; returns the number of rows. */
    int load(DataSource app) throws SQLException {
        Map<Long, StringBuilder> skills = new HashMap<>();
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.setFetchSize(5_000);
            try (ResultSet r = s.executeQuery("select cs.course_id, k.label_nl, k.label_en from course_skill cs"
                    + " join skill k on k.uri = cs.skill_uri")) {
                while (r.next()) {
                    skills.computeIfAbsent(r.getLong(1), id -> new StringBuilder()).append(r.getString(2)).append(". ")
                            .append(r.getString(3)).append(". ");
                }
            }
            int rows = 0;
            try (ResultSet r = s.executeQuery("select c.id, c.course_code, p.code, c.title, c.description, c.learning_outcomes,"
                    + " p.name from course c join provider p on p.id = c.provider_id where c.status = 'PUBLISHED'");
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into course_fts values (?, ?, ?, ?, ?, ?, ?)")) {
                connection.setAutoCommit(false);
                while (r.next()) {
                    insert.setString(1, r.getString(2));
                    insert.setString(2, r.getString(3));
                    insert.setString(3, r.getString(4));
                    insert.setString(4, r.getString(5));
                    insert.setString(5, r.getString(6));
                    insert.setString(6, r.getString(7));
                    StringBuilder labels = skills.get(r.getLong(1));
                    insert.setString(7, labels == null ? null : labels.toString());
                    insert.addBatch();
                    if (++rows % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                connection.commit();
                connection.setAutoCommit(true);
            }
            return rows;
        }
    }

    /** Adds the tsvector column and its GIN index; returns the time it took in ms. */
    long index() throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("alter table course_fts add column tsv tsvector generated always as ("
                    + "setweight(to_tsvector('dutch', title), 'A')"
                    + " || setweight(to_tsvector('dutch', coalesce(skills, '')), 'B')"
                    + " || setweight(to_tsvector('dutch', coalesce(description, '') || ' ' || coalesce(outcomes, '') || ' '"
                    + " || coalesce(provider_name, '')), 'C')) stored");
            s.execute("create index ix_course_fts on course_fts using gin (tsv)");
            s.execute("analyze course_fts");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The codes of the best {@code size} courses for the text, and the total as the last element's count. */
    Hits search(String text, int size) throws SQLException {
        search.setString(1, text);
        search.setInt(2, size);
        List<String> codes = new ArrayList<>();
        long total = 0;
        try (ResultSet r = search.executeQuery()) {
            while (r.next()) {
                codes.add(r.getString(1));
                total = r.getLong(2);
            }
        }
        return new Hits(total, codes);
    }

    record Hits(long total, List<String> codes) {
    }

    /** Size of the table and its index on disk, in bytes. */
    long size() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select pg_total_relation_size('course_fts')")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() throws IOException, SQLException {
        search.close();
        connection.close();
        postgres.close();
    }
}
