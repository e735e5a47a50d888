package nl.cleantechwerkt.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import nl.cleantechwerkt.CleantechWerktApplication;
import nl.cleantechwerkt.catalog.CourseImport;
import nl.cleantechwerkt.catalog.ImportFormat;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ImportReport;
import nl.cleantechwerkt.catalog.ProviderData;
import nl.cleantechwerkt.shared.ProviderKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * CSV import throughput on a 50,000-row file (10,000 courses with 5 runs each): a dry run
 * (checking only), the first import (all new) and a re-import (all updates). Prints rows/s.
 * Run with {@code ./mvnw -Pbench test -Dtest=ImportBenchmark}.
 */
@Tag("bench")
class ImportBenchmark {

    private static final String[] PLACES = {"Apeldoorn", "Deventer", "Zutphen", "Epe", "Twello", "Lochem", "Heerde", "Hattem"};

    @Test
    void fiftyThousandRows() throws Exception {
        String dataDir = Files.createTempDirectory("ctw-import-bench-").toString();
        try (ConfigurableApplicationContext app = SpringApplication.run(CleantechWerktApplication.class,
                "--app.data-dir=" + dataDir, "--server.port=0", "--app.seed.courses=false", "--logging.level.root=WARN")) {
            app.getBean(CourseRegistration.class).registerProvider(new ProviderData("BENCH", "Bench College", ProviderKind.MBO,
                    null, null, "Deventer", null, null));
            byte[] csv = file(10_000, 5);
            CourseImport imports = app.getBean(CourseImport.class);
            System.out.printf("%nCSV import benchmark: %d rows, %.1f MB, %d cores%n", 50_000, csv.length / 1e6,
                    Runtime.getRuntime().availableProcessors());
            run("dry run (check only)", () -> imports.importFile("BENCH", "bench", ImportFormat.CSV, "bench.csv", csv, true, false));
            run("first import (10,000 new courses)", () -> imports.importFile("BENCH", "bench", ImportFormat.CSV, "bench.csv", csv, false, false));
            run("re-import (10,000 updates)", () -> imports.importFile("BENCH", "bench", ImportFormat.CSV, "bench.csv", csv, false, false));

            app.getBean(CourseRegistration.class).registerProvider(new ProviderData("BENCHJ", "Bench JSON College",
                    ProviderKind.MBO, null, null, "Deventer", null, null));
            byte[] json = ooapi(10_000, 4);
            System.out.printf("%nOOAPI JSON import benchmark: %d records (10,000 courses with 4 offerings), %.1f MB%n", 50_000,
                    json.length / 1e6);
            run("dry run (check only)", () -> imports.importFile("BENCHJ", "bench", ImportFormat.OOAPI, "bench.json", json, true, false));
            run("first import (10,000 new courses)", () -> imports.importFile("BENCHJ", "bench", ImportFormat.OOAPI, "bench.json", json, false, false));
            run("re-import (10,000 updates)", () -> imports.importFile("BENCHJ", "bench", ImportFormat.OOAPI, "bench.json", json, false, false));
        }
    }

    private static void run(String label, java.util.function.Supplier<ImportReport> importer) {
        long start = System.nanoTime();
        ImportReport report = importer.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-36s %6.1f s  %8.0f rows/s  (created %d, updated %d, problems %d)%n", label, seconds,
                report.rows() / seconds, report.created(), report.updated(), report.problems().size());
    }

    /** The same kind of courses as an OOAPI v5 courses page whose items carry their offerings. */
    private static byte[] ooapi(int courses, int offeringsPerCourse) {
        StringBuilder json = new StringBuilder("{\"pageSize\": ").append(courses).append(", \"items\": [");
        LocalDate today = LocalDate.now();
        for (int c = 0; c < courses; c++) {
            json.append(c == 0 ? "" : ",").append("{\"primaryCode\": {\"codeType\": \"identifier\", \"code\": \"J-").append(c)
                    .append("\"}, \"name\": [{\"language\": \"nl-NL\", \"value\": \"Installatietechniek module ").append(c)
                    .append("\"}], \"description\": [{\"language\": \"nl-NL\", \"value\": \"Je leert warmtepompen en zonnepanelen ")
                    .append("installeren, module ").append(c).append(".\"}], \"level\": \"")
                    .append(c % 3 == 0 ? "secondary vocational education 3" : "undefined")
                    .append("\", \"teachingLanguage\": \"nld\", \"studyLoad\": {\"studyLoadUnit\": \"hour\", \"value\": 40}, ")
                    .append("\"link\": \"https://voorbeeld.nl/").append(c)
                    .append("\", \"ext\": {\"skills\": [\"warmtepompen installeren\", \"elektriciteit\"]}, \"offerings\": [");
            for (int r = 0; r < offeringsPerCourse; r++) {
                LocalDate start = today.plusDays(7 + (c * 7L + r * 31L) % 360);
                json.append(r == 0 ? "" : ",").append("{\"startDate\": \"").append(start).append("\", \"endDate\": \"")
                        .append(start.plusDays(30)).append("\", \"priceInformation\": [{\"costType\": \"total costs\", ")
                        .append("\"amount\": 495, \"currency\": \"EUR\"}], \"addresses\": [{\"addressType\": \"teaching\", ")
                        .append("\"city\": \"").append(PLACES[(c + r) % PLACES.length]).append("\"}], \"ext\": {\"schedule\": \"EVENING\"}}");
            }
            json.append("]}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] file(int courses, int runsPerCourse) {
        StringBuilder csv = new StringBuilder("course_code,title,description,level,mode,language,hours,qualification_code,skills,"
                + "url,start_date,end_date,municipality,postcode,price_eur,schedule\n");
        LocalDate today = LocalDate.now();
        for (int c = 0; c < courses; c++) {
            for (int r = 0; r < runsPerCourse; r++) {
                LocalDate start = today.plusDays(7 + (c * 7L + r * 31L) % 360);
                csv.append("B-").append(c).append(",Installatietechniek module ").append(c)
                        .append(",\"Je leert warmtepompen en zonnepanelen installeren, module ").append(c).append(".\",")
                        .append(c % 3 == 0 ? "MBO-3" : "COURSE").append(",PARTTIME,nl,40,,warmtepompen installeren;elektriciteit,")
                        .append("https://voorbeeld.nl/").append(c).append(',').append(start).append(',').append(start.plusDays(30))
                        .append(',').append(PLACES[(c + r) % PLACES.length]).append(",,\"495,00\",EVENING\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
