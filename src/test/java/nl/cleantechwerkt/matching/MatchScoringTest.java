package nl.cleantechwerkt.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cleantechwerkt.geo.Location;
import nl.cleantechwerkt.shared.CourseMode;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.shared.Schedule;
import org.junit.jupiter.api.Test;

/** The matching arithmetic of DESIGN §5, without Spring or an index. */
class MatchScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    /** Deventer; Zutphen is ~14 km away, Zwolle ~29 km. */
    private static final Location DEVENTER = new Location("Deventer", Location.Kind.MUNICIPALITY, "GM0150", "Deventer", 52.25836, 6.16);
    private static final double[] ZUTPHEN = {52.1386, 6.2010};
    private static final double[] ZWOLLE = {52.5168, 6.0830};

    private static final RunConditions ANYWHERE = new RunConditions(TODAY, null, null, 25, Set.of(), null);
    private static final RunConditions NEAR_DEVENTER = new RunConditions(TODAY, null, DEVENTER, 25, Set.of(), null);

    /** Three missing skills: a rare essential one, a common essential one and an optional one. */
    private static final WeightedGap GAP = MatchScoring.weigh(
            new SkillGap(List.of(), List.of("heat-pump", "drawings"), List.of(), List.of("quotes")),
            Map.of("heat-pump", 3.0, "drawings", 1.0, "quotes", 2.0)::get);

    @Test
    void rarerSkillsWeighMoreThanCommonOnes() {
        double fewOccupations = MatchScoring.rarity(3, 103);
        double manyOccupations = MatchScoring.rarity(33, 103);
        assertThat(fewOccupations).isCloseTo(Math.log(1 + 103 / 3.0), within(1e-12));
        assertThat(fewOccupations).isGreaterThan(2 * manyOccupations);
        assertThat(MatchScoring.rarity(103, 103)).isCloseTo(Math.log(2), within(1e-12));
        assertThat(MatchScoring.rarity(0, 103)).as("a skill no occupation lists counts as listed once")
                .isEqualTo(MatchScoring.rarity(1, 103));
    }

    @Test
    void essentialSkillsWeighTwiceAsMuchAsOptionalOnesOfTheSameRarity() {
        WeightedGap gap = MatchScoring.weigh(new SkillGap(List.of(), List.of("a"), List.of(), List.of("b")), s -> 2.0);
        assertThat(gap.weights()).containsExactly(Map.entry("a", 2.0), Map.entry("b", 1.0));
        assertThat(gap.total()).isEqualTo(3.0);
        assertThat(gap.essential()).containsExactly("a");
    }

    @Test
    void coverageIsTheWeightedShareOfTheGapACourseTeaches() {
        // heat-pump 3.0, quotes 0.5 × 2.0 = 1.0, drawings 1.0: total 5.0
        assertThat(GAP.total()).isEqualTo(5.0);
        MatchExplanation e = explain(course("C1", List.of("heat-pump", "quotes", "unrelated"), run(10, null)), ANYWHERE);
        assertThat(e.covers()).containsExactly("heat-pump", "quotes");
        assertThat(e.missing()).containsExactly("drawings");
        assertThat(e.essentialCovers()).isEqualTo(1);
        assertThat(e.coveredWeight()).isEqualTo(4.0);
        assertThat(e.coverage()).isEqualTo(0.8);
    }

    @Test
    void aCourseTeachingTheRareSkillOutranksOneTeachingTheCommonOnes() {
        CourseMatch rare = score(course("RARE", List.of("heat-pump"), run(10, null)), ANYWHERE).orElseThrow();
        CourseMatch common = score(course("COMMON", List.of("drawings", "quotes"), run(10, null)), ANYWHERE).orElseThrow();
        assertThat(rare.score()).isGreaterThan(common.score());
    }

    @Test
    void theScoreIsCoverageTimesProximityTimesStartSoon() {
        MatchExplanation e = explain(course("C1", List.of("heat-pump"), run(45, ZUTPHEN)), NEAR_DEVENTER);
        assertThat(e.distanceKm()).isBetween(13.0, 15.0);
        assertThat(e.proximity()).isEqualTo(MatchScoring.proximity(e.distanceKm()));
        assertThat(e.startSoon()).isEqualTo(MatchScoring.startSoon(45));
        assertThat(e.score()).isEqualTo(e.coverage() * e.proximity() * e.startSoon());
        assertThat(e.from()).isEqualTo("Deventer");
        assertThat(e.place()).isEqualTo("Zutphen");
    }

    @Test
    void proximityHalvesItsEffectEveryTwentyKilometresAndNeverDropsBelowAHalf() {
        assertThat(MatchScoring.proximity(0.0)).isEqualTo(1.0);
        assertThat(MatchScoring.proximity(20.0)).isCloseTo(0.75, within(1e-12));
        assertThat(MatchScoring.proximity(40.0)).isCloseTo(0.625, within(1e-12));
        assertThat(MatchScoring.proximity(1000.0)).isGreaterThan(0.5).isLessThan(0.5001);
        assertThat(MatchScoring.proximity(null)).as("online, or no place given").isEqualTo(1.0);
        for (double km = 0; km < 100; km += 0.5) {
            assertThat(MatchScoring.proximity(km + 0.5)).isLessThan(MatchScoring.proximity(km));
        }
    }

    @Test
    void startSoonHalvesItsEffectEveryNinetyDays() {
        assertThat(MatchScoring.startSoon(0)).isEqualTo(1.0);
        assertThat(MatchScoring.startSoon(90)).isCloseTo(0.75, within(1e-12));
        assertThat(MatchScoring.startSoon(365)).isBetween(0.5, 0.6);
        assertThat(MatchScoring.startSoon(-5)).isEqualTo(1.0);
    }

    @Test
    void withEqualCoverageTheNearerAndSoonerCourseRanksFirst() {
        CourseMatch near = score(course("B-NEAR", List.of("heat-pump"), run(30, ZUTPHEN)), NEAR_DEVENTER).orElseThrow();
        CourseMatch online = score(course("C-ONLINE", List.of("heat-pump"), onlineRun(30)), NEAR_DEVENTER).orElseThrow();
        CourseMatch later = score(course("A-LATER", List.of("heat-pump"), run(200, ZUTPHEN)), NEAR_DEVENTER).orElseThrow();
        assertThat(rank(later, near, online)).extracting(CourseMatch::courseCode).containsExactly("C-ONLINE", "B-NEAR", "A-LATER");
        assertThat(online.explanation().distanceKm()).isNull();
        assertThat(online.explanation().proximity()).isEqualTo(1.0);
    }

    @Test
    void coverageOutweighsDistanceAndDate() {
        CourseMatch farLateButBroad = score(course("BROAD", List.of("heat-pump", "drawings", "quotes"), run(300, ZWOLLE)),
                new RunConditions(TODAY, null, DEVENTER, 50, Set.of(), null)).orElseThrow();
        CourseMatch nearSoonButNarrow = score(course("NARROW", List.of("drawings"), run(1, ZUTPHEN)), NEAR_DEVENTER).orElseThrow();
        assertThat(farLateButBroad.score()).isGreaterThan(nearSoonButNarrow.score());
    }

    @Test
    void theBestQualifyingRunIsExplainedAndRunsThatStartedOrAreOutOfReachAreNot() {
        Candidate course = course("C1", List.of("heat-pump"), run(-3, ZUTPHEN), run(120, ZWOLLE), run(200, ZUTPHEN), run(40, ZUTPHEN));
        MatchExplanation e = explain(course, NEAR_DEVENTER);
        assertThat(e.nextStart()).isEqualTo(TODAY.plusDays(40));
        assertThat(e.daysToStart()).isEqualTo(40);
        assertThat(e.place()).isEqualTo("Zutphen");
    }

    @Test
    void aCourseWhoseRunsHaveAllStartedOrAreOutsideTheRadiusGetsNoScore() {
        assertThat(score(course("PAST", List.of("heat-pump"), run(-1, ZUTPHEN), run(-60, ZUTPHEN)), NEAR_DEVENTER)).isEmpty();
        assertThat(score(course("FAR", List.of("heat-pump"), run(10, ZWOLLE)), NEAR_DEVENTER)).isEmpty();
        assertThat(score(course("NONE", List.of("heat-pump")), ANYWHERE)).isEmpty();
        assertThat(score(course("TODAY", List.of("heat-pump"), run(0, ZWOLLE)), ANYWHERE)).as("a run starting today still counts")
                .isPresent();
    }

    @Test
    void scheduleStartWindowAndBudgetKeepToRunsThatFit() {
        Candidate course = course("C1", List.of("heat-pump"),
                new Candidate.Run(TODAY.plusDays(10), false, "Zutphen", ZUTPHEN[0], ZUTPHEN[1], Schedule.DAY, new BigDecimal("900.00")),
                new Candidate.Run(TODAY.plusDays(20), false, "Zutphen", ZUTPHEN[0], ZUTPHEN[1], Schedule.EVENING, new BigDecimal("450.00")),
                new Candidate.Run(TODAY.plusDays(200), true, null, null, null, Schedule.WEEKEND, null));
        RunConditions evenings = new RunConditions(TODAY, null, DEVENTER, 25, Set.of(Schedule.EVENING), null);
        assertThat(explain(course, evenings).nextStart()).isEqualTo(TODAY.plusDays(20));
        RunConditions budget = new RunConditions(TODAY, null, DEVENTER, 25, Set.of(), new BigDecimal("500"));
        assertThat(explain(course, budget).priceEur()).isEqualByComparingTo("450");
        RunConditions tinyBudget = new RunConditions(TODAY, null, DEVENTER, 25, Set.of(), new BigDecimal("10"));
        assertThat(explain(course, tinyBudget).online()).as("a run without a stated fee fits any budget").isTrue();
        RunConditions window = new RunConditions(TODAY.plusDays(15), TODAY.plusDays(25), DEVENTER, 25, Set.of(), null);
        MatchExplanation inWindow = explain(course, window);
        assertThat(inWindow.nextStart()).isEqualTo(TODAY.plusDays(20));
        assertThat(inWindow.daysToStart()).as("counted from the earliest start the person can make").isEqualTo(5);
    }

    @Test
    void equalScoresAreOrderedByCourseCodeWhateverTheInputOrder() {
        List<CourseMatch> matches = new ArrayList<>();
        for (String code : List.of("D4", "B2", "A1", "C3")) {
            matches.add(score(course(code, List.of("heat-pump"), run(10, null)), ANYWHERE).orElseThrow());
        }
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(matches);
            assertThat(rank(matches.toArray(CourseMatch[]::new))).extracting(CourseMatch::courseCode)
                    .containsExactly("A1", "B2", "C3", "D4");
        }
    }

    @Test
    void sameInputGivesTheSameNumbers() {
        Candidate c = course("C1", List.of("quotes", "heat-pump"), run(17, ZUTPHEN));
        assertThat(score(c, NEAR_DEVENTER)).isEqualTo(score(c, NEAR_DEVENTER));
        WeightedGap again = MatchScoring.weigh(
                new SkillGap(List.of(), List.of("drawings", "heat-pump"), List.of(), List.of("quotes")),
                Map.of("heat-pump", 3.0, "drawings", 1.0, "quotes", 2.0)::get);
        assertThat(again.weights()).containsExactlyEntriesOf(GAP.weights());
        assertThat(again.total()).isEqualTo(GAP.total());
    }

    @Test
    void anEmptyGapOrACourseTeachingNoneOfItGivesNoScore() {
        assertThat(MatchScoring.weigh(new SkillGap(List.of("a"), List.of(), List.of("b"), List.of()), s -> 1.0).isEmpty()).isTrue();
        assertThat(MatchScoring.score(WeightedGap.EMPTY, course("C1", List.of("heat-pump"), run(10, null)), ANYWHERE)).isEmpty();
        assertThat(score(course("C2", List.of("unrelated"), run(10, null)), ANYWHERE)).isEmpty();
        assertThat(score(course("C3", List.of(), run(10, null)), ANYWHERE)).isEmpty();
    }

    private static Optional<CourseMatch> score(Candidate course, RunConditions conditions) {
        return MatchScoring.score(GAP, course, conditions);
    }

    private static MatchExplanation explain(Candidate course, RunConditions conditions) {
        return score(course, conditions).orElseThrow().explanation();
    }

    private static List<CourseMatch> rank(CourseMatch... matches) {
        return Arrays.stream(matches).sorted(MatchScoring.RANKING).toList();
    }

    private static Candidate course(String code, List<String> skills, Candidate.Run... runs) {
        return new Candidate(code.hashCode(), code, "TP", "Test provider", "Course " + code, Level.MBO_3, CourseMode.BBL, skills,
                List.of(runs), 0);
    }

    private static Candidate.Run run(int days, double[] where) {
        return new Candidate.Run(TODAY.plusDays(days), false, where == ZUTPHEN ? "Zutphen" : where == ZWOLLE ? "Zwolle" : "Deventer",
                where == null ? DEVENTER.latitude() : where[0], where == null ? DEVENTER.longitude() : where[1], Schedule.DAY,
                new BigDecimal("450.00"));
    }

    private static Candidate.Run onlineRun(int days) {
        return new Candidate.Run(TODAY.plusDays(days), true, null, null, null, Schedule.EVENING, null);
    }
}
