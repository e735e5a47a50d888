package nl.cleantechwerkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database failure half-way through an import leaves nothing half-written: the database
 * itself refuses one course in the middle of a file that passed every check (a constraint added
 * for the test), and neither the courses before it nor the index may show any of the file.
 */
@Tag("db")
class ImportFailureTest extends IntegrationTest {

    private static final String POISON = "Gifbeker laatste druppel";

    @Autowired
    CourseImport courseImport;
    @Autowired
    CourseRegistration registration;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDatabaseFailureInTheMiddleRollsBackTheWholeImport() {
        String provider = new CourseFixtures(registration).provider("Halverwege College");
        StringBuilder csv = new StringBuilder("course_code,title,description,level,start_date,municipality\n");
        for (int i = 1; i <= 400; i++) {
            String title = i == 300 ? POISON : "Halfwegtest opleiding " + i;
            csv.append("H-").append(i).append(',').append(title).append(",Een opleiding.,COURSE,")
                    .append(LocalDate.now().plusDays(10 + i % 50)).append(",Brummen\n");
        }
        jdbc.execute("ALTER TABLE course ADD CONSTRAINT test_refuses_poison CHECK (title <> '" + POISON + "')");
        ImportReport report;
        try {
            report = courseImport.importFile(provider, "test", ImportFormat.CSV, "halverwege.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8), false, false);
        } finally {
            jdbc.execute("ALTER TABLE course DROP CONSTRAINT test_refuses_poison");
        }

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::messageKey).containsExactly("import.failed");
        assertThat(catalog.coursesOf(provider)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM offering o JOIN course c ON c.id = o.course_id "
                + "JOIN provider p ON p.id = c.provider_id WHERE p.code = ?", Long.class, provider)).isZero();
        assertThat(getJson("/api/v1/courses?q=halfwegtest").get("total").asLong()).isZero();
        assertThat(courseImport.recentImports(provider)).first().satisfies(entry -> assertThat(entry.result()).isEqualTo("FAILED"));

        ImportReport retry = courseImport.importFile(provider, "test", ImportFormat.CSV, "halverwege.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), false, false);
        assertThat(retry.created()).isEqualTo(400);
        assertThat(getJson("/api/v1/courses?provider=" + provider).get("total").asLong()).isEqualTo(400);
    }
}
