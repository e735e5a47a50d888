package nl.cleantechwerkt.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a need says about itself to the modules that read it. */
class SkillNeedViewTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private static SkillNeedView need(NeedStatus status, LocalDate deadline) {
        return new SkillNeedView(1, 2, "Voorbeeld BV", NeedKind.BBL, "Leerling monteur", null,
                List.of(NeedSkill.must("a"), NeedSkill.nice("b"), NeedSkill.must("c")), 1,
                new NeedLocation("Deventer", "GM0150", "Deventer", 52.25, 6.16), null, deadline, status, Instant.EPOCH,
                Instant.EPOCH);
    }

    @Test
    void mustAndNiceSkillsAreListedSeparately() {
        SkillNeedView need = need(NeedStatus.OPEN, null);
        assertThat(need.mustSkills()).containsExactly("a", "c");
        assertThat(need.niceSkills()).containsExactly("b");
    }

    @Test
    void aNeedStandsWhileOpenAndUntilItsDeadlineDayIncluded() {
        assertThat(need(NeedStatus.OPEN, null).openOn(TODAY)).isTrue();
        assertThat(need(NeedStatus.OPEN, TODAY).openOn(TODAY)).isTrue();
        assertThat(need(NeedStatus.OPEN, TODAY.minusDays(1)).openOn(TODAY)).isFalse();
        assertThat(need(NeedStatus.FILLED, null).openOn(TODAY)).isFalse();
        assertThat(need(NeedStatus.CLOSED, TODAY.plusDays(5)).openOn(TODAY)).isFalse();
    }
}
