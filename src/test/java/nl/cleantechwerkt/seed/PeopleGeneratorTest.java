package nl.cleantechwerkt.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cleantechwerkt.employers.Importance;
import nl.cleantechwerkt.learners.ProfileData;
import nl.cleantechwerkt.learners.ProfileSkill;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Synthetic learners and needs are the same for the same seed and skewed like real ones. Only
 * previews: writing thousands of consenting learners into the shared test database would change
 * what other tests' candidate searches find.
 */
class PeopleGeneratorTest extends IntegrationTest {

    @Autowired
    PeopleGenerator generator;

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        List<PeopleGenerator.LearnerDraw> learners = generator.previewLearners(1_000, 42);
        assertThat(generator.previewLearners(1_000, 42)).isEqualTo(learners);
        assertThat(generator.previewLearners(1_000, 43)).isNotEqualTo(learners);
        assertThat(generator.previewLearners(10, 42)).isEqualTo(learners.subList(0, 10));
        assertThat(learners).extracting(PeopleGenerator.LearnerDraw::email).doesNotHaveDuplicates();

        List<PeopleGenerator.NeedDraw> needs = generator.previewNeeds(500, 42);
        assertThat(generator.previewNeeds(500, 42)).isEqualTo(needs);
        assertThat(generator.previewNeeds(500, 43)).isNotEqualTo(needs);
    }

    @Test
    void learnersAreSkewedLikeARegionsPopulation() {
        List<PeopleGenerator.LearnerDraw> learners = generator.previewLearners(5_000, 7);
        long consenting = learners.stream().filter(PeopleGenerator.LearnerDraw::consent).count();
        assertThat(consenting / 5_000.0).as("share with consent").isBetween(0.3, 0.4);

        List<ProfileData> profiles = learners.stream().map(PeopleGenerator.LearnerDraw::profile).toList();
        Map<String, Long> perOccupation = profiles.stream().flatMap(p -> p.targetOccupations().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Long> counts = perOccupation.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertThat(counts.get(0)).as("most wanted occupation against the median one")
                .isGreaterThan(5 * counts.get(counts.size() / 2));

        Map<Level, Long> perLevel = profiles.stream()
                .collect(Collectors.groupingBy(ProfileData::educationLevel, Collectors.counting()));
        assertThat(perLevel.get(Level.MBO_4)).isGreaterThan(perLevel.get(Level.MASTER));
        Map<String, Long> perPlace = profiles.stream().filter(p -> p.location() != null)
                .collect(Collectors.groupingBy(p -> p.location().name(), Collectors.counting()));
        assertThat(perPlace.get("Apeldoorn")).isGreaterThan(perPlace.get("Hattem"));
        assertThat(profiles).allSatisfy(p -> {
            assertThat(p.skills()).hasSizeBetween(2, 12);
            assertThat(p.skills()).extracting(ProfileSkill::skillUri).doesNotHaveDuplicates();
            assertThat(p.targetOccupations()).hasSizeBetween(1, 2);
            assertThat(p.radiusKm() == null).isEqualTo(p.location() == null);
        });
    }

    @Test
    void needsAskForSkillsTheyMustHaveAndTenBelongToOneEmployer() {
        List<PeopleGenerator.NeedDraw> needs = generator.previewNeeds(2_000, 7);
        assertThat(needs).allSatisfy(n -> {
            assertThat(n.need().skills()).anyMatch(s -> s.importance() == Importance.MUST);
            assertThat(n.need().title()).isNotBlank();
            assertThat(n.need().peopleCount()).isPositive();
        });
        assertThat(needs.stream().map(PeopleGenerator.NeedDraw::employer).distinct().count()).isEqualTo(200);
    }
}
