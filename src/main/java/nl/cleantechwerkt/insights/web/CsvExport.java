package nl.cleantechwerkt.insights.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as a CSV file that Excel with Dutch settings opens as it is: UTF-8 with a byte order
 * mark (without it Excel reads UTF-8 as Windows-1252), {@code ;} between fields (a Dutch Excel's
 * list separator, as the comma is its decimal mark), CRLF line ends, numbers without thousands
 * separators and with the reader's decimal mark. Text that a spreadsheet would take for a formula
 * gets a leading apostrophe.
 */
final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private CsvExport() {
    }

    /**
     * @param suppressedHeader the heading of a last column flagging suppressed rows, or null to leave it out
     *     (the admin's files, where nothing is suppressed)
     */
    static byte[] write(Table table, String suppressedHeader, String yes, String no) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
            List<String> header = new ArrayList<>();
            header.add(table.rowHeader());
            table.columns().forEach(c -> header.add(c.header()));
            if (suppressedHeader != null) {
                header.add(suppressedHeader);
            }
            csv.printRecord(header);
            for (Table.Row row : table.rows()) {
                List<String> record = new ArrayList<>();
                record.add(text(row.name()));
                row.cells().forEach(c -> record.add(text(c.csv())));
                if (suppressedHeader != null) {
                    record.add(row.suppressed() ? yes : no);
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The download: {@code text/csv} as an attachment under the given file name. */
    static ResponseEntity<byte[]> response(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** Keeps a cell from running as a formula in a spreadsheet (CSV injection). */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
