package nl.cleantechwerkt.insights.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.cleantechwerkt.shared.MonthRange;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How a period is named in the report's title and its file name, in the reader's language. */
@Component
class ReportLabels {

    private final MessageSource messages;

    ReportLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** "2026" for a calendar year, "maart 2026", "januari t/m november 2026", "november 2025 t/m maart 2026". */
    String period(MonthRange period, Locale locale) {
        YearMonth first = period.first();
        YearMonth last = period.last();
        if (calendarYear(period)) {
            return String.valueOf(first.getYear());
        }
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("LLLL uuuu", locale);
        if (first.equals(last)) {
            return monthYear.format(first);
        }
        String from = first.getYear() == last.getYear() ? DateTimeFormatter.ofPattern("LLLL", locale).format(first)
                : monthYear.format(first);
        return messages.getMessage("report.period.range", new Object[] {from, monthYear.format(last)}, locale);
    }

    /** voortgangsrapportage-2026.pdf for a calendar year, voortgangsrapportage-2026-01_2026-11.pdf otherwise. */
    String fileName(MonthRange period, Locale locale) {
        String base = messages.getMessage("report.file", null, locale);
        return base + "-" + (calendarYear(period) ? String.valueOf(period.first().getYear())
                : ReportPeriods.format(period.first()) + "_" + ReportPeriods.format(period.last())) + ".pdf";
    }

    private static boolean calendarYear(MonthRange period) {
        return period.first().getMonthValue() == 1 && period.last().getMonthValue() == 12
                && period.first().getYear() == period.last().getYear();
    }
}
