package nl.cleantechwerkt.insights.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.MonthRange;
import nl.cleantechwerkt.shared.TimeConfiguration;
import org.junit.jupiter.api.Test;

/** How the report's period is read and what it defaults to, on a clock fixed by the test. */
class ReportPeriodsTest {

    private static ReportPeriods on(int year, int month, int day) {
        return new ReportPeriods(Clock.fixed(LocalDateTime.of(year, month, day, 10, 0).atZone(TimeConfiguration.ZONE)
                .toInstant(), TimeConfiguration.ZONE));
    }

    @Test
    void withoutAChoiceTheYearUpToTheLastCompleteMonth() {
        assertThat(on(2026, 12, 6).parse(null, "")).isEqualTo(range("2026-01", "2026-11"));
        assertThat(on(2027, 1, 3).parse(" ", null)).as("in January: the whole previous year")
                .isEqualTo(range("2026-01", "2026-12"));
        assertThat(on(2026, 2, 1).defaultPeriod()).isEqualTo(range("2026-01", "2026-01"));
    }

    @Test
    void oneEndIsCompletedWithinItsYear() {
        ReportPeriods periods = on(2026, 12, 6);
        assertThat(periods.parse("2025-03", null)).isEqualTo(range("2025-03", "2025-12"));
        assertThat(periods.parse("2026-03", null)).as("not beyond this month").isEqualTo(range("2026-03", "2026-12"));
        assertThat(periods.parse(null, "2025-06")).isEqualTo(range("2025-01", "2025-06"));
        assertThat(periods.parse(" 2025-02 ", "2025-02")).isEqualTo(range("2025-02", "2025-02"));
    }

    @Test
    void aMonthIsMidnightToMidnightInTheRegionsZone() {
        MonthRange january = range("2026-01", "2026-01");
        assertThat(january.start()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0).atZone(TimeConfiguration.ZONE).toInstant());
        assertThat(january.end()).isEqualTo(LocalDateTime.of(2026, 2, 1, 0, 0).atZone(TimeConfiguration.ZONE).toInstant());
        assertThat(january.contains(january.end())).isFalse();
        assertThat(range("2025-11", "2026-02").months()).isEqualTo(4);
        assertThat(range("2025-11", "2026-02").lastDay()).hasToString("2026-02-28");
    }

    @Test
    void periodsThatCannotBeUsedNameTheFieldAndTheReason() {
        ReportPeriods periods = on(2026, 12, 6);
        assertRefused(() -> periods.parse("2026-13", null), "from", "report.period.malformed");
        assertRefused(() -> periods.parse("2026-1", null), "from", "report.period.malformed");
        assertRefused(() -> periods.parse(null, "december"), "to", "report.period.malformed");
        assertRefused(() -> periods.parse("1999-12", "2000-02"), "from", "report.period.tooEarly");
        assertRefused(() -> periods.parse("2026-06", "2026-02"), "to", "report.period.reversed");
        assertRefused(() -> periods.parse("2027-01", null), "from", "report.period.future");
        assertRefused(() -> periods.parse("2026-01", "2027-01"), "to", "report.period.future");
        assertRefused(() -> periods.parse("2016-11", "2026-11"), "to", "report.period.tooLong");
        assertThat(periods.parse("2016-12", "2026-11").months()).isEqualTo(ReportPeriods.MAX_MONTHS);
    }

    private static void assertRefused(Runnable parse, String field, String key) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private static MonthRange range(String first, String last) {
        return new MonthRange(YearMonth.parse(first), YearMonth.parse(last));
    }
}
