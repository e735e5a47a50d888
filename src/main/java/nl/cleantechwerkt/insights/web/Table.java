package nl.cleantechwerkt.insights.web;

import java.util.List;

/**
 * One table of figures, as the page shows it and the CSV export writes it: both are made from
 * this one model, so the download always has the page's rows, columns and suppression.
 *
 * @param kind which table (also its CSV file name and the id of its caption)
 * @param caption the table's caption, in the reader's language
 * @param rowHeader the heading of the first column (the row's name: skill, municipality, month)
 * @param columns the other columns
 * @param rows every row (a page may show fewer, see {@link #firstRows})
 */
record Table(TableKind kind, String caption, String rowHeader, List<Column> columns, List<Row> rows) {

    /** A column heading; numeric columns are right-aligned on the page. */
    record Column(String header, boolean numeric) {
    }

    /**
     * One row: its name (a {@code th scope="row"}), its cells, and whether its demand is
     * suppressed (shown "—", explained under the table, flagged in the CSV).
     */
    record Row(String name, List<Cell> cells, boolean suppressed) {
    }

    /**
     * A value as the page writes it ({@code text}: "1.234,5", "—") and as the CSV does
     * ({@code csv}: "1234,5", empty when suppressed or unknown).
     */
    record Cell(String text, String csv) {
    }

    public boolean anySuppressed() {
        return rows.stream().anyMatch(Row::suppressed);
    }

    /** The first {@code limit} rows, for a page that shows a top list and leaves the rest to the CSV. */
    Table firstRows(int limit) {
        return rows.size() <= limit ? this : new Table(kind, caption, rowHeader, columns, rows.subList(0, limit));
    }
}
