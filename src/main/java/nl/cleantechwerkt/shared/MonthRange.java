package nl.cleantechwerkt.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Whole calendar months, {@code first} to {@code last} included, in the region's time zone: the
 * period of a report. As instants it is half-open, [{@link #start()}, {@link #end()}), so a
 * moment at midnight on the first of the next month belongs to the next period only.
 */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("first " + first + " is after last " + last);
        }
    }

    /** Midnight at the start of the first month, in the region's zone. */
    public Instant start() {
        return first.atDay(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
    }

    /** Midnight after the last month (exclusive). */
    public Instant end() {
        return last.plusMonths(1).atDay(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }

    public int months() {
        return (last.getYear() - first.getYear()) * 12 + last.getMonthValue() - first.getMonthValue() + 1;
    }
}
