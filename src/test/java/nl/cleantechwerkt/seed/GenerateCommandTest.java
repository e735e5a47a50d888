package nl.cleantechwerkt.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.search.IndexRebuilds;
import nl.cleantechwerkt.search.RebuildProgress;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code --generate} writes the database without indexing each commit and rebuilds the indexes
 * once at the end: what it wrote is searchable afterwards, courses and consenting learners alike.
 * Few records, so other tests' searches in the shared database see hardly a difference.
 */
class GenerateCommandTest extends IntegrationTest {

    private static final long SEED = 20_261_206L;

    @Autowired
    GenerateCommand command;
    @Autowired
    CatalogGenerator catalog;
    @Autowired
    IndexRebuilds rebuilds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whatTheGeneratorWroteIsSearchableAfterOneRebuild() throws Exception {
        command.generate(4, 6, 0, SEED);

        RebuildProgress rebuild = rebuilds.lastFinished().orElseThrow();
        assertThat(rebuild.trigger()).isEqualTo("generator");
        assertThat(rebuild.failed()).isFalse();
        assertThat(rebuild.types()).contains("Course", "LearnerProfile");

        Map<String, Long> indexed = rebuilds.counts().stream()
                .collect(Collectors.toMap(IndexRebuilds.IndexCount::entity, IndexRebuilds.IndexCount::documents));
        assertThat(indexed.get("Course")).isEqualTo(jdbc.queryForObject("select count(*) from course", Long.class));
        assertThat(indexed.get("LearnerProfile"))
                .isEqualTo(jdbc.queryForObject("select count(*) from learner_profile where consent = true", Long.class));

        List<CourseData> written = catalog.preview(4, SEED);
        for (CourseData course : written) {
            JsonNode found = getJson("/api/v1/courses?size=100&q=" + URLEncoder.encode(course.title(), StandardCharsets.UTF_8));
            List<String> codes = found.get("items").valueStream().map(h -> h.get("courseCode").asString()).toList();
            assertThat(codes).as(course.title()).contains(course.courseCode());
        }
        assertThat(rebuilds.running()).isEmpty();
    }
}
