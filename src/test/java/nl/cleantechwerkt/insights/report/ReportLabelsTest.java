package nl.cleantechwerkt.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import nl.cleantechwerkt.shared.MonthRange;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The period's name in the title and the file name, in Dutch and English, from the real bundles. */
class ReportLabelsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ReportLabels labels = new ReportLabels(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aCalendarYearIsItsNumber() {
        assertThat(labels.period(range("2026-01", "2026-12"), DUTCH)).isEqualTo("2026");
        assertThat(labels.fileName(range("2026-01", "2026-12"), DUTCH)).isEqualTo("voortgangsrapportage-2026.pdf");
        assertThat(labels.fileName(range("2026-01", "2026-12"), Locale.ENGLISH)).isEqualTo("progress-report-2026.pdf");
    }

    @Test
    void otherPeriodsNameTheirMonths() {
        assertThat(labels.period(range("2026-01", "2026-11"), DUTCH)).isEqualTo("januari t/m november 2026");
        assertThat(labels.period(range("2025-11", "2026-03"), DUTCH)).isEqualTo("november 2025 t/m maart 2026");
        assertThat(labels.period(range("2026-03", "2026-03"), DUTCH)).isEqualTo("maart 2026");
        assertThat(labels.period(range("2026-01", "2026-11"), Locale.ENGLISH)).isEqualTo("January to November 2026");
        assertThat(labels.fileName(range("2026-01", "2026-11"), DUTCH))
                .isEqualTo("voortgangsrapportage-2026-01_2026-11.pdf");
        assertThat(labels.fileName(range("2025-11", "2026-03"), Locale.ENGLISH))
                .isEqualTo("progress-report-2025-11_2026-03.pdf");
    }

    private static MonthRange range(String first, String last) {
        return new MonthRange(YearMonth.parse(first), YearMonth.parse(last));
    }
}
