package nl.cleantechwerkt.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import nl.cleantechwerkt.skills.OccupationView;
import nl.cleantechwerkt.skills.SkillCatalog;
import nl.cleantechwerkt.skills.SkillView;
import org.junit.jupiter.api.Test;

/**
 * The matcher fetches by covered weight and re-ranks with distance and date: its list must be
 * exactly what scoring every course would give, however many courses it had to fetch for that.
 * The index is replaced by a fake that sorts and cuts like Lucene (float sums of the weights).
 */
class CourseMatcherRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Location DEVENTER = new Location("Deventer", Location.Kind.MUNICIPALITY, "GM0150", "Deventer", 52.25, 6.16);
    private static final List<String> SKILLS = IntStream.range(0, 12).mapToObj(i -> "skill-" + i).toList();

    private final List<Candidate> catalogue = randomCatalogue(new Random(42), 1_800);
    private final FakeIndex index = new FakeIndex(catalogue);
    private final CourseMatcher matcher = matcher(index);

    @Test
    void theListIsExactlyTheTopOfScoringEveryCourse() {
        for (int size : List.of(1, 5, 10, 50)) {
            MatchRequest request = request(size);
            index.limits.clear();
            List<CourseMatch> matched = matcher.match(request).items();
            assertThat(matched).as("size " + size).isEqualTo(bruteForce(request, size));
        }
    }

    @Test
    void itFetchesMoreWhenACourseFurtherDownCouldStillEnterTheList() {
        matcher.match(request(10));
        assertThat(index.limits).as("fetch sizes").startsWith(CourseMatcher.FIRST_FETCH_NEAR, CourseMatcher.FIRST_FETCH_NEAR * 4);
    }

    private static MatchRequest request(int size) {
        return new MatchRequest(null, SKILLS.subList(0, 8), SKILLS.subList(8, 12), null, "Deventer", 40.0, null, null, null, null,
                null, size);
    }

    private List<CourseMatch> bruteForce(MatchRequest request, int size) {
        SkillGap gap = matcher.gap(request);
        WeightedGap weighted = MatchScoring.weigh(gap, s -> rarity(s));
        RunConditions conditions = new RunConditions(TODAY, null, DEVENTER, 40, java.util.Set.of(), null);
        List<CourseMatch> all = new ArrayList<>();
        catalogue.forEach(c -> MatchScoring.score(weighted, c, conditions).ifPresent(all::add));
        all.sort(MatchScoring.RANKING);
        return all.subList(0, Math.min(size, all.size()));
    }

    /** skill-i is listed by i + 1 of 40 occupations. */
    private static double rarity(String skill) {
        return MatchScoring.rarity(Integer.parseInt(skill.substring(6)) + 1, 40);
    }

    private static CourseMatcher matcher(FakeIndex index) {
        SkillCatalog skillCatalog = mock(SkillCatalog.class);
        when(skillCatalog.skill(anyString())).thenAnswer(call ->
                Optional.of(new SkillView(call.getArgument(0), "nl", "en", List.of(), List.of(), "skill", false, false)));
        when(skillCatalog.occupationsNeeding(anyString())).thenAnswer(call -> Integer.parseInt(((String) call.getArgument(0)).substring(6)) + 1);
        when(skillCatalog.allOccupations()).thenReturn(Collections.<OccupationView>nCopies(40, null));
        Gazetteer gazetteer = mock(Gazetteer.class);
        when(gazetteer.resolve("Deventer")).thenReturn(Optional.of(DEVENTER));
        return new CourseMatcher(skillCatalog, new SkillWeights(skillCatalog), gazetteer, index,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** Filters and ranks like the Lucene query: a qualifying run, at least one gap skill, by summed float weight. */
    private static final class FakeIndex extends MatchSearch {

        private final List<Candidate> catalogue;
        final List<Integer> limits = new ArrayList<>();

        FakeIndex(List<Candidate> catalogue) {
            super(null);
            this.catalogue = catalogue;
        }

        @Override
        Page find(WeightedGap gap, RunConditions conditions, Level personLevel, int offset, int limit) {
            // Recorded as the number of courses read so far, the depth each round reaches.
            limits.add(offset + limit);
            List<Candidate> hits = new ArrayList<>();
            for (Candidate c : catalogue) {
                float score = 0;
                for (String skill : c.skills()) {
                    score += gap.weights().containsKey(skill) ? gap.weights().get(skill).floatValue() : 0f;
                }
                if (score > 0 && c.runs().stream().anyMatch(conditions::admits)) {
                    hits.add(new Candidate(c.id(), c.courseCode(), c.providerCode(), c.providerName(), c.title(), c.level(), c.mode(),
                            c.skills(), c.runs(), score));
                }
            }
            hits.sort(Comparator.comparingDouble(Candidate::indexScore).reversed().thenComparing(Candidate::title));
            int end = Math.min(offset + limit, hits.size());
            return new Page(List.copyOf(hits.subList(Math.min(offset, end), end)), hits.size() < offset + limit);
        }
    }

    private static List<Candidate> randomCatalogue(Random random, int count) {
        List<Candidate> courses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // A third teaches the whole gap: equal coverage, so distance and date decide among them.
            List<String> skills = i % 3 == 0 ? SKILLS : SKILLS.stream().filter(s -> random.nextInt(4) == 0).toList();
            List<Candidate.Run> runs = new ArrayList<>();
            for (int r = random.nextInt(3); r >= 0; r--) {
                boolean online = random.nextInt(5) == 0;
                runs.add(new Candidate.Run(TODAY.plusDays(random.nextInt(400) - 30), online, online ? null : "Plaats " + i,
                        online ? null : 52.25 + (random.nextDouble() - 0.5) * 0.8, online ? null : 6.16 + (random.nextDouble() - 0.5) * 1.2,
                        Schedule.DAY, BigDecimal.TEN));
            }
            courses.add(new Candidate(i, "C" + (1000 + random.nextInt(9000)), "P" + random.nextInt(3), "Provider", "Course " + i,
                    Level.MBO_3, CourseMode.BOL, skills, runs, 0));
        }
        return courses;
    }
}
