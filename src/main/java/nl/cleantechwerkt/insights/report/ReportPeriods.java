package nl.cleantechwerkt.insights.report;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.MonthRange;
import org.springframework.stereotype.Component;

/**
 * Reads the report's period from {@code from} and {@code to} ({@code 2026-01}, as an
 * {@code <input type="month">} sends it) and fills in what is missing. Without either: the
 * calendar year of the last complete month, from January up to and including that month — in
 * January that is the whole previous year (the yearly report), later in the year the year to
 * date without the month that is still running.
 */
@Component
class ReportPeriods {

    /** The longest period: ten years of months, as the insight pages allow. */
    static final int MAX_MONTHS = 120;
    /** Before this, the platform did not exist; an earlier month is a typo. */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private final Clock clock;

    ReportPeriods(Clock clock) {
        this.clock = clock;
    }

    /** The period when the admin chose none. */
    MonthRange defaultPeriod() {
        YearMonth lastComplete = YearMonth.now(clock).minusMonths(1);
        return new MonthRange(YearMonth.of(lastComplete.getYear(), 1), lastComplete);
    }

    /**
     * @param from first month, or blank
     * @param to last month, or blank
     * @throws InvalidRequestException naming the field ({@code from} or {@code to}) and why
     */
    MonthRange parse(String from, String to) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        YearMonth current = YearMonth.now(clock);
        if (first == null && last == null) {
            return defaultPeriod();
        }
        if (first == null) {
            first = YearMonth.of(last.getYear(), 1);
        }
        if (last == null) {
            YearMonth endOfYear = YearMonth.of(first.getYear(), 12);
            last = endOfYear.isAfter(current) ? current : endOfYear;
        }
        if (first.isAfter(current)) {
            throw new InvalidRequestException("from", "report.period.future", format(first));
        }
        if (last.isAfter(current)) {
            throw new InvalidRequestException("to", "report.period.future", format(last));
        }
        if (first.isAfter(last)) {
            throw new InvalidRequestException("to", "report.period.reversed", format(first), format(last));
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidRequestException("to", "report.period.tooLong", MAX_MONTHS);
        }
        return new MonthRange(first, last);
    }

    static String format(YearMonth month) {
        return MONTH.format(month);
    }

    private static YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        YearMonth month;
        try {
            month = YearMonth.parse(trimmed, MONTH);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "report.period.malformed", field, cut(trimmed));
        }
        if (month.isBefore(EARLIEST)) {
            throw new InvalidRequestException(field, "report.period.tooEarly", format(EARLIEST));
        }
        return month;
    }

    /** What was typed, short enough to repeat in a message. */
    private static String cut(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
