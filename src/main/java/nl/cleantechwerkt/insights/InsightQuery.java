package nl.cleantechwerkt.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.Level;

/**
 * Which part of the region's figures to compute. Every filter is optional.
 *
 * @param municipalityCode CBS code such as {@code GM0150}, or null for the whole region. A need
 *     or learner counts in its own municipality; a course counts where it has a run, and an online
 *     run counts in every municipality.
 * @param level a course level / a learner's education level, or null for all. Employers' needs
 *     carry no level, so they count under every level (a school at MBO-4 asks which demand its
 *     MBO-4 courses could meet, and an employer's need is part of that whatever its level).
 * @param from first month of the period, or null. For the figures ({@link Insights#skills} and the
 *     like) it narrows supply to runs starting from its first day (and never before today); for
 *     {@link Insights#trend} it is the first month shown (default: eleven months before {@code to}).
 * @param to last month of the period, or null. For the figures it narrows supply to runs starting
 *     by its last day (null: no limit); for {@link Insights#trend} it is the last month shown
 *     (null: the current month).
 */
public record InsightQuery(String municipalityCode, Level level, YearMonth from, YearMonth to) {

    /** The longest trend, in months: ten years of monthly points. */
    public static final int MAX_MONTHS = 120;

    /**
     * @throws InvalidRequestException (field {@code to}) when the period ends before it starts or
     *     spans more than {@link #MAX_MONTHS} months
     */
    public InsightQuery {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw new InvalidRequestException("to", "insights.error.periodReversed", from, to);
            }
            if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
                throw new InvalidRequestException("to", "insights.error.periodTooLong", MAX_MONTHS);
            }
        }
    }

    /** The whole region, all levels, runs from today on. */
    public static InsightQuery region() {
        return new InsightQuery(null, null, null, null);
    }

    public InsightQuery inMunicipality(String code) {
        return new InsightQuery(code, level, from, to);
    }

    public InsightQuery atLevel(Level newLevel) {
        return new InsightQuery(municipalityCode, newLevel, from, to);
    }

    /** First day a run may start to count as supply: today, or the period's first day if later. */
    LocalDate runsFrom(LocalDate today) {
        return from == null || from.atDay(1).isBefore(today) ? today : from.atDay(1);
    }

    /** Last day a run may start to count as supply, or null for no limit. */
    LocalDate runsTo() {
        return to == null ? null : to.atEndOfMonth();
    }
}
