package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import java.util.List;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The database is the truth: an index that lost its documents, or skipped them in a bulk write, is rebuilt from it. */
class IndexRebuildTest extends IntegrationTest {

    @Autowired
    SearchIndexMaintenance maintenance;
    @Autowired
    CourseCatalog courseCatalog;
    @Autowired
    CourseRegistration registration;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    IndexRebuilds rebuilds;
    @Autowired
    SkillCatalog skillCatalog;

    @Test
    void anEmptiedIndexIsRebuiltFromTheDatabase() throws Exception {
        CourseFixtures fixtures = new CourseFixtures(registration);
        fixtures.course(fixtures.provider("Herbouw Academie"), "Procestechnologie herbouw").runIn("Lochem", 12).publish();
        long inDatabase = courseCatalog.countAll();

        Search.mapping(entityManagerFactory).scope(Object.class, CourseIndex.ENTITY).workspace().purge();
        // OpenSearch shows deletions after a refresh; on Lucene this is a no-op.
        Search.mapping(entityManagerFactory).scope(Object.class, CourseIndex.ENTITY).workspace().refresh();
        assertThat(maintenance.indexedCourses()).isZero();
        assertThat(getJson("/api/v1/courses?q=procestechnologie").get("total").asLong()).isZero();

        maintenance.run(null);

        assertThat(maintenance.indexedCourses()).isEqualTo(inDatabase);
        assertThat(getJson("/api/v1/courses?q=procestechnologie").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aBulkWriteSkipsIndexingUntilTheRebuildAfterIt() throws Exception {
        CourseFixtures fixtures = new CourseFixtures(registration);
        String provider = fixtures.provider("Bulk Academie");
        long indexedBefore = maintenance.indexedCourses();
        try (IndexRebuilds.BulkWrite bulk = rebuilds.writeWithoutIndexing()) {
            assertThat(bulk.indexingSkipped()).isTrue();
            fixtures.course(provider, "Bulkschrijven koeltechniek").runIn("Epe", 20).publish();
            assertThat(maintenance.indexedCourses()).isEqualTo(indexedBefore);
            assertThat(getJson("/api/v1/courses?q=bulkschrijven").get("total").asLong()).isZero();
            assertThatThrownBy(() -> rebuilds.rebuild("test")).isInstanceOf(IndexRebuilds.RebuildRunningException.class);
        }
        fixtures.course(provider, "Bulkschrijven warmtetechniek").runIn("Epe", 20).publish();
        assertThat(getJson("/api/v1/courses?q=bulkschrijven").get("total").asLong()).as("indexed on commit again").isEqualTo(1);

        rebuilds.rebuild("test");

        assertThat(getJson("/api/v1/courses?q=bulkschrijven").get("total").asLong()).isEqualTo(2);
        assertThat(maintenance.indexedCourses()).isEqualTo(courseCatalog.countAll());
    }

    @Test
    void aRebuildLoadsCoursesInBatchesNotOneByOne() throws Exception {
        CourseFixtures fixtures = new CourseFixtures(registration);
        List<String> skills = skillCatalog.allSkills().stream().limit(4).map(SkillView::uri).toList();
        for (int p = 0; p < 3; p++) {
            String provider = fixtures.provider("Batch Academie " + p);
            // Past runs only: these 120 courses are no supply of their skills, which other suites' figures count
            // (the insights count every course with an upcoming run, and an online run reaches every municipality).
            for (int c = 0; c < 40; c++) {
                fixtures.course(provider, "Batchladen " + p + "-" + c).skill(skills.get(c % 4)).skill(skills.get((c + 1) % 4))
                        .runIn("Deventer", -10 - c).onlineRun(-40 - c).publish();
            }
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            maintenance.rebuild();
            long courses = courseCatalog.countAll();
            long batches = (courses + IndexRebuilds.BATCH_SIZE - 1) / IndexRebuilds.BATCH_SIZE;
            // Per batch: the courses, then their skills, runs and providers, each in one batch fetch.
            assertThat(statistics.getPrepareStatementCount()).as("statements for %d courses", courses)
                    .isLessThanOrEqualTo(6 * batches + 10).isLessThan(courses);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
