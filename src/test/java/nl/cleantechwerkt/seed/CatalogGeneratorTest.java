package nl.cleantechwerkt.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cleantechwerkt.catalog.CourseData;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The synthetic catalogue is the same for the same seed and skewed the way real catalogues are. */
class CatalogGeneratorTest extends IntegrationTest {

    @Autowired
    CatalogGenerator generator;

    @Test
    void theSameSeedGivesTheSameCatalogueAndAnotherSeedAnother() {
        List<CourseData> first = generator.preview(2_000, 42);
        assertThat(generator.preview(2_000, 42)).isEqualTo(first);
        assertThat(generator.preview(2_000, 43)).isNotEqualTo(first);
        assertThat(first).extracting(CourseData::courseCode).doesNotHaveDuplicates();
    }

    @Test
    void skillsFollowAZipfLikePopularityAndLevelsAreSkewed() {
        List<CourseData> courses = generator.preview(5_000, 7);
        Map<String, Long> perSkill = courses.stream().flatMap(c -> c.skills().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Long> counts = perSkill.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        long total = counts.stream().mapToLong(Long::longValue).sum();
        long topTen = counts.stream().limit(10).mapToLong(Long::longValue).sum();
        assertThat((double) topTen / total).as("share of the 10 most taught skills").isBetween(0.2, 0.6);
        assertThat(counts.size()).as("distinct skills taught").isGreaterThan(300);

        Map<Level, Long> perLevel = courses.stream().collect(Collectors.groupingBy(CourseData::level, Collectors.counting()));
        assertThat(perLevel.get(Level.COURSE)).isGreaterThan(perLevel.get(Level.BACHELOR));
        assertThat(perLevel.get(Level.MBO_4)).isGreaterThan(perLevel.get(Level.MASTER));
        assertThat(courses).allSatisfy(c -> {
            assertThat(c.title()).isNotBlank();
            assertThat(c.description()).contains(" leer je ");
            assertThat(c.skills()).hasSizeBetween(3, 8);
        });
        assertThat(courses.stream().filter(c -> c.runs().stream().anyMatch(CourseData.Run::online)).count()).isPositive();
        assertThat(courses.stream().filter(c -> c.runs().stream().anyMatch(CourseData.Run::hasCoordinates)).count())
                .as("runs outside the region, placed by coordinates").isPositive();
    }
}
