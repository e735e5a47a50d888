package nl.cleantechwerkt.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.cleantechwerkt.catalog.CourseSupply;
import nl.cleantechwerkt.catalog.CourseSupply.Run;
import nl.cleantechwerkt.employers.NeedKind;
import nl.cleantechwerkt.employers.NeedLocation;
import nl.cleantechwerkt.employers.NeedSkill;
import nl.cleantechwerkt.employers.NeedStatus;
import nl.cleantechwerkt.employers.SkillNeedView;
import nl.cleantechwerkt.learners.LearnerDemand;
import nl.cleantechwerkt.shared.Level;
import nl.cleantechwerkt.skills.OccupationView;
import org.junit.jupiter.api.Test;

/**
 * The figures of a small made-up region, computed by hand. Two municipalities about 56 km apart:
 * A (52.0, 6.0) and B (52.5, 6.0). One occupation O: essential X and Z, optional Y.
 */
class FigureTableTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final String X = "x", Y = "y", Z = "z", O = "o";
    static final OccupationView OCCUPATION = new OccupationView(O, "o", "o", null, List.of(X, Z), List.of(Y));

    // A need in A for two people: X must (2 × 1), Y nice (2 × 0.5).
    static final DemandSource N1 = DemandSources.of(new SkillNeedView(1, 1, "e", NeedKind.VACANCY, "t", null,
            List.of(NeedSkill.must(X), NeedSkill.nice(Y)), 2, new NeedLocation("A", "A", "A", 52.0, 6.0), null, null,
            NeedStatus.OPEN, null, null));
    // A learner in A at MBO-4 who has Z: lacks X (1) and Y (0.5).
    static final DemandSource L1 = DemandSources.of(new LearnerDemand(1, "A", Level.MBO_4, Set.of(Z), List.of(O)),
            uri -> Optional.of(OCCUPATION));
    // A learner in B at MBO-3 who has nothing: lacks X (1), Z (1), Y (0.5).
    static final DemandSource L2 = DemandSources.of(new LearnerDemand(2, "B", Level.MBO_3, Set.of(), List.of(O)),
            uri -> Optional.of(OCCUPATION));

    static final CourseSupply C1 = new CourseSupply(1, Level.MBO_4, Set.of(X), List.of(
            new Run(TODAY.plusDays(10), false, "A", 52.0, 6.0, 12), new Run(TODAY.minusDays(1), false, "B", 52.5, 6.0, 5)));
    static final CourseSupply C2 = new CourseSupply(2, Level.MBO_3, Set.of(X, Y), List.of(
            new Run(TODAY.plusDays(30), true, null, null, null, null)));
    static final CourseSupply C3 = new CourseSupply(3, Level.MBO_4, Set.of(Z), List.of(
            new Run(TODAY.plusDays(5), false, "B", 52.5, 6.0, 8)));

    static final List<DemandSource> SOURCES = List.of(N1, L1, L2);
    static final List<CourseSupply> COURSES = List.of(C1, C2, C3);

    static FigureTable table(String municipality, Double lat, Level level, LocalDate runsTo) {
        return FigureTable.compute(SOURCES, COURSES, new FigureTable.Scope(municipality, lat, lat == null ? null : 6.0,
                level, TODAY, runsTo));
    }

    @Test
    void needsWeighMustAndNiceSkillsPerPersonAndLearnersTheirGap() {
        assertThat(N1.weights()).isEqualTo(Map.of(X, 2.0, Y, 1.0));
        assertThat(N1.everyLevel()).isTrue();
        assertThat(L1.weights()).isEqualTo(Map.of(X, 1.0, Y, 0.5));
        assertThat(L2.weights()).isEqualTo(Map.of(X, 1.0, Y, 0.5, Z, 1.0));
    }

    @Test
    void aSkillTwoTargetOccupationsAskForCountsOnceAtItsHighestWeight() {
        OccupationView other = new OccupationView("p", "p", "p", null, List.of(Y), List.of(X));
        DemandSource both = DemandSources.of(new LearnerDemand(3, "A", null, Set.of(), List.of(O, "p", "unknown")),
                uri -> uri.equals(O) ? Optional.of(OCCUPATION) : uri.equals("p") ? Optional.of(other) : Optional.empty());
        assertThat(both.weights()).isEqualTo(Map.of(X, 1.0, Y, 1.0, Z, 1.0));
        assertThat(both.byOccupation()).containsOnlyKeys(O, "p");
    }

    @Test
    void regionFiguresPerSkill() {
        FigureTable t = table(null, null, null, null);
        Map<String, FigureTable.Cell> skills = t.skills();
        // X: need 2 + learner 1 + learner 1; courses C1 (run in A; its run in B has started) and C2 (online).
        assertThat(skills.get(X).demand).isEqualTo(4.0);
        assertThat(skills.get(X).sources).containsExactlyInAnyOrder("n1", "l1", "l2");
        assertThat(skills.get(X).courses).containsExactlyInAnyOrder(1L, 2L);
        assertThat(t.seatsOf(skills.get(X))).isEqualTo(12);
        assertThat(Insights.ratio(2, 4.0)).isEqualTo(0.5);
        // Y: 1 + 0.5 + 0.5, only C2 (seats unknown count 0).
        assertThat(skills.get(Y).demand).isEqualTo(2.0);
        assertThat(skills.get(Y).courses).containsExactly(2L);
        assertThat(t.seatsOf(skills.get(Y))).isZero();
        // Z: learner 2 only; C3.
        assertThat(skills.get(Z).demand).isEqualTo(1.0);
        assertThat(skills.get(Z).sources).containsExactly("l2");
        assertThat(t.seatsOf(skills.get(Z))).isEqualTo(8);

        FigureTable.Tally total = t.total();
        assertThat(total).as("C2 runs online only, so two courses run in a place").isEqualTo(new FigureTable.Tally(3, 7.0, 3, 3, 2, 20, 0));
        assertThat(t.occupations().get(O).demand).as("learners' gaps for O: 1.5 + 2.5").isEqualTo(4.0);
        assertThat(t.occupations().get(O).sources).containsExactlyInAnyOrder("l1", "l2");
    }

    @Test
    void aMunicipalityCountsItsOwnDemandAndItsOwnAndOnlineRuns() {
        FigureTable t = table("A", 52.0, null, null);
        Map<String, FigureTable.Cell> skills = t.skills();
        assertThat(skills).containsOnlyKeys(X, Y);
        assertThat(skills.get(X).demand).isEqualTo(3.0);
        assertThat(skills.get(X).sources).containsExactlyInAnyOrder("n1", "l1");
        assertThat(skills.get(X).courses).containsExactlyInAnyOrder(1L, 2L);
        assertThat(skills.get(Y).demand).isEqualTo(1.5);
        assertThat(t.reachable(Z)).as("C3 runs in B, 56 km away").isZero();

        FigureTable b = table("B", 52.5, null, null);
        assertThat(b.skills().get(X).courses).as("C1's run in B has started; C2 is online").containsExactly(2L);
        assertThat(b.skills().get(Z).courses).containsExactly(3L);
        assertThat(b.total().localCourses()).as("only C3 runs in B itself").isEqualTo(1);
    }

    @Test
    void unmetDemandIsDemandWithoutAReachableCourse() {
        // Runs up to 20 days from today: C2 (online, day 30) drops out; from B, C1's run in A is 56 km away.
        FigureTable b = table("B", 52.5, null, TODAY.plusDays(20));
        assertThat(b.skills().get(X).unmet()).isTrue();
        assertThat(b.skills().get(Y).unmet()).isTrue();
        assertThat(b.skills().get(Z).unmet()).isFalse();
        assertThat(b.total().unmet()).isEqualTo(2);

        FigureTable region = table(null, null, null, TODAY.plusDays(20));
        assertThat(region.skills().get(X).unmet()).as("in the region any run counts").isFalse();
        assertThat(region.skills().get(Y).unmet()).isTrue();
    }

    @Test
    void aLevelCountsLearnersAtThatLevelNeedsAlwaysAndCoursesAtThatLevel() {
        FigureTable t = table(null, null, Level.MBO_4, null);
        Map<String, FigureTable.Cell> skills = t.skills();
        assertThat(skills.get(X).sources).containsExactlyInAnyOrder("n1", "l1");
        assertThat(skills.get(X).demand).isEqualTo(3.0);
        assertThat(skills.get(X).courses).containsExactly(1L);
        assertThat(skills.get(Y).courses).as("C2 is MBO-3").isEmpty();
        assertThat(skills.get(Z).demand).as("Z's learner is at MBO-3").isZero();
        assertThat(skills.get(Z).courses).containsExactly(3L);
    }

    @Test
    void suppressionHidesCellsOfFewerThanFivePublicly() {
        assertThat(Insights.suppressed(4, Visibility.PUBLIC)).isTrue();
        assertThat(Insights.suppressed(5, Visibility.PUBLIC)).isFalse();
        assertThat(Insights.suppressed(0, Visibility.FULL)).isFalse();
        assertThat(Insights.ratio(3, 0)).isNull();
        assertThat(Insights.ratio(1, 4.5)).isCloseTo(0.2222, within(1e-4));
    }
}
