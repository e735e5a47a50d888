package nl.cleantechwerkt.matching;

import static nl.cleantechwerkt.matching.LearnerAdvice.acceptableModes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.cleantechwerkt.learners.Workload;
import nl.cleantechwerkt.shared.CourseMode;
import org.junit.jupiter.api.Test;

class AcceptableModesTest {

    @Test
    void withoutLimitsEveryModeFits() {
        assertThat(acceptableModes(Workload.FULL_TIME, List.of())).isEmpty();
        assertThat(acceptableModes(Workload.EITHER, List.of())).isEmpty();
    }

    @Test
    void aPartTimerCannotFollowFullTimeOrBolCourses() {
        assertThat(acceptableModes(Workload.PART_TIME, List.of()))
                .containsExactlyInAnyOrder(CourseMode.PARTTIME, CourseMode.BBL, CourseMode.ONLINE, CourseMode.BLENDED);
    }

    @Test
    void preferredModesNarrowWhatIsPossible() {
        assertThat(acceptableModes(Workload.FULL_TIME, List.of(CourseMode.ONLINE, CourseMode.BLENDED)))
                .containsExactlyInAnyOrder(CourseMode.ONLINE, CourseMode.BLENDED);
        assertThat(acceptableModes(Workload.PART_TIME, List.of(CourseMode.BOL, CourseMode.ONLINE)))
                .containsExactly(CourseMode.ONLINE);
    }

    @Test
    void aPreferenceThatAvailabilityRulesOutIsIgnoredRatherThanLeavingNothing() {
        assertThat(acceptableModes(Workload.PART_TIME, List.of(CourseMode.FULLTIME)))
                .containsExactlyInAnyOrder(CourseMode.PARTTIME, CourseMode.BBL, CourseMode.ONLINE, CourseMode.BLENDED);
    }
}
