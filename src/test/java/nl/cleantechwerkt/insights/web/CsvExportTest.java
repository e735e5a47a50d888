package nl.cleantechwerkt.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static Table table(Table.Row... rows) {
        return new Table(TableKind.SKILLS, "Vraag per vaardigheid", "Vaardigheid",
                List.of(new Table.Column("Groep", false), new Table.Column("Vraag", true)), List.of(rows));
    }

    @Test
    void writesUtf8WithBomSemicolonsAndCrlfForDutchExcel() {
        Numbers n = new Numbers(DUTCH);
        byte[] file = CsvExport.write(table(
                new Table.Row("zonnepanelen; plat dak", List.of(InsightTables.plain("energie"), n.amount(1234.5)), false),
                new Table.Row("warmtepompen", List.of(InsightTables.plain("energie"), n.amount(null)), true)),
                "Niet getoond", "ja", "nee");

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("Vaardigheid;Groep;Vraag;Niet getoond\r\n"
                + "\"zonnepanelen; plat dak\";energie;1234,5;nee\r\n"
                + "warmtepompen;energie;;ja\r\n");
    }

    @Test
    void leavesTheSuppressedColumnOutWhenNothingCanBeSuppressed() {
        byte[] file = CsvExport.write(table(new Table.Row("a", List.of(InsightTables.plain("g"), new Numbers(Locale.ENGLISH)
                .amount(7.5)), false)), null, "yes", "no");
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFVaardigheid;Groep;Vraag\r\na;g;7.5\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvExport.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvExport.text("+31")).isEqualTo("'+31");
        assertThat(CsvExport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.text("ketels bedienen")).isEqualTo("ketels bedienen");
        assertThat(CsvExport.text("")).isEmpty();
    }
}
