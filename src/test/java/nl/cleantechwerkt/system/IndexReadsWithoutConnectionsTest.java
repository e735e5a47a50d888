package nl.cleantechwerkt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.matching.CourseMatcher;
import nl.cleantechwerkt.matching.MatchRequest;
import nl.cleantechwerkt.search.CourseQuery;
import nl.cleantechwerkt.search.CourseSearch;
import nl.cleantechwerkt.search.SortOrder;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search and matching read only the index, so they must not wait for a database connection:
 * under load (32 concurrent searches, a pool of 10) they queued for the pool and timed out.
 * Here every pooled connection is taken first; search and match must still answer at once.
 */
class IndexReadsWithoutConnectionsTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    CourseSearch search;
    @Autowired
    CourseMatcher matcher;
    @Autowired
    SkillCatalog skills;
    @Autowired
    CourseRegistration registration;

    @Test
    void searchAndMatchAnswerWhileThePoolIsExhausted() throws Exception {
        CourseFixtures fixtures = new CourseFixtures(registration);
        fixtures.course(fixtures.provider("Poolproef Opleidingen"), "Poolproefcursus warmtenetten").runIn("Deventer", 20).publish();
        String occupation = skills.allOccupations().iterator().next().uri();
        // Warm up first, so nothing lazily initialised reads the database now. (A search that finds nothing
        // does read it: the spelling suggestion's vocabulary.)
        search.search(query("poolproefcursus"));
        matcher.match(MatchRequest.forOccupation(occupation, Set.of()));
        // The embedded PostgreSQL of the database suites hands out unpooled connections: nothing to exhaust there.
        assumeTrue(dataSource.isWrapperFor(HikariDataSource.class), "a pooled data source");
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                taken.add(dataSource.getConnection());
            }
            var searched = CompletableFuture.supplyAsync(() -> search.search(query("poolproefcursus")).total());
            var matched = CompletableFuture.supplyAsync(() -> matcher.match(MatchRequest.forOccupation(occupation, Set.of())));
            // The pool would make them wait 30 s and then fail; the index answers in well under that.
            assertThat(searched.get(10, TimeUnit.SECONDS)).isPositive();
            assertThat(matched.get(10, TimeUnit.SECONDS)).isNotNull();
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    private static CourseQuery query(String text) {
        return new CourseQuery(text, Map.of(), null, null, null, null, SortOrder.RELEVANCE, 0, 20);
    }
}
