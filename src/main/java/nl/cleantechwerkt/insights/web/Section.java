package nl.cleantechwerkt.insights.web;

/**
 * One part of an insight page: a heading, what it shows, a chart (SVG markup, or null for a table
 * only) and the table with the same numbers, with the link to its CSV file.
 *
 * @param shownRows how many rows of the table the page shows; the CSV has all of {@code totalRows}
 */
record Section(String id, String heading, String intro, String chart, Table table, String exportUrl, int totalRows) {

    public int shownRows() {
        return table.rows().size();
    }
}
