package nl.cleantechwerkt.insights.web;

import java.text.NumberFormat;
import java.util.Locale;
import nl.cleantechwerkt.insights.charts.SvgCharts;

/**
 * How the insight pages and their CSV files write numbers. The page writes them as the reader
 * does ("1.234,5"), the CSV without thousands separators ("1234,5") so a spreadsheet reads a
 * number; both use the reader's decimal mark, which a Dutch Excel expects. Unknown or
 * suppressed: "—" on the page, an empty cell in the CSV.
 */
final class Numbers {

    private final Locale locale;

    Numbers(Locale locale) {
        this.locale = locale;
    }

    /** A weighted amount such as demand: at most one decimal. */
    Table.Cell amount(Double value) {
        return new Table.Cell(SvgCharts.number(value, locale), csv(value, 1));
    }

    /** A count. */
    Table.Cell count(Integer value) {
        return new Table.Cell(value == null ? "—" : NumberFormat.getIntegerInstance(locale).format(value),
                value == null ? "" : Integer.toString(value));
    }

    /** Supply per unit of demand: two decimals, since most ratios lie between 0 and 1. */
    Table.Cell ratio(Double value) {
        if (value == null) {
            return new Table.Cell("—", "");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return new Table.Cell(format.format(value), csv(value, 2));
    }

    private String csv(Double value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
