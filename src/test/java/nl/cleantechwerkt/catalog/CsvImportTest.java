package nl.cleantechwerkt.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.support.CourseFixtures;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.SchoolLogins;
import nl.cleantechwerkt.support.SchoolLogins.School;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bulk CSV import through the school's upload page: all or nothing, every problem by line and column. */
class CsvImportTest extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String HEADER = "course_code,title,description,level,mode,language,hours,qualification_code,skills,url,"
            + "start_date,end_date,municipality,postcode,price_eur,schedule";

    @Autowired
    CourseRegistration registration;
    @Autowired
    Accounts accounts;
    @Autowired
    CourseCatalog catalog;

    private School school() {
        return SchoolLogins.newSchool(registration, accounts, port);
    }

    private static String row(String code, String title, String level, String place, int days) {
        String start = LocalDate.now().plusDays(days).toString();
        return code + "," + title + ",\"Praktijkcursus over " + title.toLowerCase() + ", met examen.\"," + level
                + ",PARTTIME,nl,40,,warmtepompen installeren,https://voorbeeld.nl/" + code + "," + start + ",," + place
                + ",,\"1295,50\",EVENING";
    }

    private HttpResponse<String> upload(School school, String csv, String... fields) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return school.session().upload("/school/import", "/school/import", "cursussen.csv",
                csv.getBytes(StandardCharsets.UTF_8), form);
    }

    @Test
    void aValidFileCreatesSearchableCoursesAndReimportChangesNoCount() {
        School school = school();
        String tag = "importtag" + SEQUENCE.incrementAndGet();
        String csv = "\uFEFF" + HEADER + "\n"
                + row("IMP-1", "Zonnepanelen " + tag, "COURSE", "Deventer", 20) + "\n"
                + row("IMP-1", "Zonnepanelen " + tag, "COURSE", "Zutphen", 80) + "\n"
                + row("IMP-2", "Laadpalen " + tag, "MBO-3", "Epe", 30) + "\n";
        String page = upload(school, csv).body();
        assertThat(page).contains("3 regels geïmporteerd: 2 opleidingen nieuw, 0 bijgewerkt, 0 gearchiveerd, 3 startmomenten");
        assertThat(getJson("/api/v1/courses?q=" + tag).get("total").asLong()).isEqualTo(2);
        var zonne = getJson("/api/v1/courses?q=zonnepanelen%20" + tag).get("items").get(0);
        assertThat(zonne.get("municipalities").toString()).contains("Deventer").contains("Zutphen");

        String again = upload(school, csv).body();
        assertThat(again).contains("0 opleidingen nieuw, 2 bijgewerkt");
        assertThat(catalog.coursesOf(school.code())).hasSize(2);
        assertThat(getJson("/api/v1/courses?q=" + tag).get("total").asLong()).isEqualTo(2);
        assertThat(school.session().get("/school/import").body()).contains("Geïmporteerd").contains("cursussen.csv");
    }

    @Test
    void semicolonsAndDecimalCommasWork() {
        School school = school();
        String tag = "puntkomma" + SEQUENCE.incrementAndGet();
        String csv = HEADER.replace(',', ';') + "\n" + "PK-1;Isolatie " + tag + ";Na-isolatie van spouwmuren;COURSE;PARTTIME;nl;16;;;;"
                + LocalDate.now().plusDays(12) + ";;Heerde;;450,00;DAY\n";
        assertThat(upload(school, csv).body()).contains("1 opleidingen nieuw");
        assertThat(getJson("/api/v1/courses?q=" + tag).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void threeBadRowsAmongFiveHundredImportNothingAndAreReportedExactly() {
        School school = school();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 500; i++) {
            String line = row("BULK-" + i, "Bulkcursus nummer " + i, "COURSE", "Apeldoorn", 10 + i % 200);
            if (i == 17) {
                line = line.replace(",COURSE,", ",MBO-9,");
            } else if (i == 250) {
                line = line.replace(",Apeldoorn,", ",Atlantis,");
            } else if (i == 499) {
                line = line.replace("\"1295,50\"", "gratis");
            }
            csv.append(line).append('\n');
        }
        String page = upload(school, csv.toString()).body();
        assertThat(page).contains("Er is niets geïmporteerd: het bestand bevat 3 fouten");
        assertThat(problemLines(page)).containsExactly("18|level", "251|municipality", "500|price_eur");
        assertThat(page).contains("Onbekend niveau MBO-9").contains("Atlantis").contains("gratis");
        assertThat(catalog.coursesOf(school.code())).isEmpty();

        Matcher link = Pattern.compile("href=\"(/school/import/fouten/[^\"]+\\.csv)\"").matcher(page);
        assertThat(link.find()).isTrue();
        String errors = school.session().get(link.group(1)).body();
        assertThat(errors).contains("line,path,column,message").contains("18,,\"level\"").contains("251,,\"municipality\"");
        assertThat(new WebSession(port).get(link.group(1)).statusCode()).isEqualTo(302);
    }

    @Test
    void aDryRunChecksWithoutSaving() {
        School school = school();
        String csv = HEADER + "\n" + row("DRY-1", "Droogzwemmen", "COURSE", "Lochem", 20) + "\n";
        assertThat(upload(school, csv, "dryRun", "true").body()).contains("Het bestand is in orde (1 regels)")
                .contains("Er is nog niets opgeslagen");
        assertThat(catalog.coursesOf(school.code())).isEmpty();
    }

    @Test
    void coursesMissingFromTheFileAreArchivedOnlyWhenAsked() {
        School school = school();
        String both = HEADER + "\n" + row("ARC-1", "Blijft", "COURSE", "Hattem", 20) + "\n"
                + row("ARC-2", "Verdwijnt", "COURSE", "Hattem", 20) + "\n";
        upload(school, both);
        String one = HEADER + "\n" + row("ARC-1", "Blijft", "COURSE", "Hattem", 20) + "\n";
        upload(school, one);
        assertThat(catalog.coursesOf(school.code())).extracting(CourseSummary::status).containsOnly("PUBLISHED");
        assertThat(upload(school, one, "archiveMissing", "true").body()).contains("1 gearchiveerd");
        assertThat(catalog.coursesOf(school.code())).extracting(CourseSummary::courseCode, CourseSummary::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ARC-1", "PUBLISHED"),
                        org.assertj.core.groups.Tuple.tuple("ARC-2", "ARCHIVED"));
    }

    @Test
    void malformedFilesAreRefusedWithAReasonAndChangeNothing() {
        School school = school();
        byte[] binary = new byte[2048];
        new java.util.Random(1).nextBytes(binary);
        binary[10] = 0;
        HttpResponse<String> refused = school.session().upload("/school/import", "/school/import", "x.csv", binary, Map.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Dit is geen tekstbestand");
        byte[] latin1 = (HEADER + "\n" + row("L-1", "Café-installatie", "COURSE", "Epe", 10)).getBytes(StandardCharsets.ISO_8859_1);
        refused = school.session().upload("/school/import", "/school/import", "x.csv", latin1, Map.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("niet in UTF-8");
        refused = upload(school, "titel,omschrijving\nA,B\n");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("De verplichte kolom course_code ontbreekt");
        refused = upload(school, "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies eerst een bestand");
        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooLarge = school.session().upload("/school/import", "/school/import", "groot.csv", huge, Map.of());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("groter dan 20 MB");
        assertThat(catalog.coursesOf(school.code())).isEmpty();
    }

    @Test
    void theTemplateIsAValidImportFile() {
        School school = school();
        HttpResponse<String> template = school.session().get("/school/import/sjabloon.csv");
        assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(upload(school, template.body(), "dryRun", "true").body()).contains("Het bestand is in orde");
    }

    /** "line|column" of each problem row in the page's table. */
    @Test
    void aLargeFileShowsItsProgressAndThenItsReportOnlyToItsOwner() throws InterruptedException {
        School school = school();
        String tag = "voortgang" + SEQUENCE.incrementAndGet();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        // larger than the 512 KB the upload waits for (SchoolImportController.INLINE_BYTES)
        // long descriptions keep the number of courses (and the shared test index) small
        String description = "\"" + "Een lange beschrijving van een opleiding in het grote bestand. ".repeat(40) + "\"";
        for (int i = 0; csv.length() <= 600 * 1024; i++) {
            csv.append("VG-").append(i).append(",Groot bestand ").append(tag).append(" deel ").append(i).append(',')
                    .append(description).append(",COURSE,,,,,,,").append(LocalDate.now().plusDays(20 + i % 90))
                    .append(",,Apeldoorn,,,\n");
        }
        int courses = (int) csv.chars().filter(c -> c == '\n').count() - 1;

        HttpResponse<String> upload = upload(school, csv.toString());
        assertThat(upload.statusCode()).isEqualTo(302);
        String progressPage = upload.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(progressPage).startsWith("/school/import/voortgang/");
        assertThat(school().session().get(progressPage).statusCode()).as("another school's user").isEqualTo(404);

        String page = school.session().get(progressPage).body();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!page.contains("regels geïmporteerd") && System.currentTimeMillis() < deadline) {
            assertThat(page).contains("Bezig met importeren").contains("hx-trigger=\"every 1s\"");
            Thread.sleep(250);
            page = school.session().get(progressPage).body();
        }
        String count = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl")).format(courses);
        assertThat(page).contains(count + " regels geïmporteerd: " + count + " opleidingen nieuw");
        assertThat(page).doesNotContain("Bezig met importeren");
        assertThat(getJson("/api/v1/courses?q=" + tag).get("total").asLong()).isEqualTo(courses);
    }

    private static java.util.List<String> problemLines(String page) {
        Matcher m = Pattern.compile("<tr class=\"problem\">\\s*<td>(\\d+)</td>\\s*<td>([^<]+)</td>").matcher(page);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + "|" + m.group(2));
        }
        return found;
    }
}
