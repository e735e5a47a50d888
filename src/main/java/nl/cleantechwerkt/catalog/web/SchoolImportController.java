package nl.cleantechwerkt.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.cleantechwerkt.catalog.CourseImport;
import nl.cleantechwerkt.catalog.ImportFormat;
import nl.cleantechwerkt.catalog.ImportProblem;
import nl.cleantechwerkt.catalog.ImportReport;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A school uploads its courses as CSV or OOAPI JSON: check only (dry run) or import, all or
 * nothing, with every problem listed by line (or JSON path) and column on the page and as a
 * downloadable CSV.
 */
@Controller
class SchoolImportController {

    static final String PAGE = "catalog/school-import";
    private static final int KEPT_REPORTS = 200;
    static final int MAX_MEGABYTES = 20;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    private final CurrentProvider currentProvider;
    private final CourseImport courseImport;
    private final MessageSource messages;
    /** Problem reports for download, by random id and owner; small and short-lived, so kept in memory. */
    private final Map<String, StoredReport> reports = new ConcurrentHashMap<>();

    SchoolImportController(CurrentProvider currentProvider, CourseImport courseImport, MessageSource messages) {
        this.currentProvider = currentProvider;
        this.courseImport = courseImport;
        this.messages = messages;
    }

    private record StoredReport(String owner, List<ImportProblem> problems) {
    }

    /** A problem as the page shows it: {@code where} is the line number or the JSON path. */
    record ProblemLine(String where, String column, String message) {
    }

    @GetMapping("/school/import")
    String page(Principal principal, Model model) {
        return page(currentProvider.of(principal), model);
    }

    @PostMapping("/school/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean archiveMissing, Principal principal, Locale locale, Model model,
            HttpServletResponse response)
            throws IOException {
        String provider = currentProvider.of(principal);
        if (file.isEmpty()) {
            model.addAttribute("uploadError", messages.getMessage("import.file.missing", null, locale));
            return page(provider, model);
        }
        if (file.getSize() > MAX_BYTES) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            model.addAttribute("uploadError", messages.getMessage("import.file.tooLarge", new Object[] {MAX_MEGABYTES}, locale));
            return page(provider, model);
        }
        byte[] content = file.getBytes();
        ImportFormat format = ImportFormat.of(file.getOriginalFilename(), content);
        ImportReport report = courseImport.importFile(provider, principal.getName(), format, file.getOriginalFilename(), content,
                dryRun, archiveMissing);
        model.addAttribute("report", report);
        model.addAttribute("format", format.name());
        model.addAttribute("problems", report.problems().stream().map(p -> line(p, locale)).toList());
        if (!report.problems().isEmpty()) {
            if (reports.size() > KEPT_REPORTS) {
                reports.clear();
            }
            String id = UUID.randomUUID().toString();
            reports.put(id, new StoredReport(principal.getName(), report.problems()));
            model.addAttribute("problemFileUrl", "/school/import/fouten/" + id + ".csv");
        }
        return page(provider, model);
    }

    @GetMapping("/school/import/fouten/{id}.csv")
    ResponseEntity<byte[]> problemFile(@PathVariable String id, Principal principal, Locale locale) {
        StoredReport stored = reports.get(id);
        if (stored == null || !stored.owner().equals(principal.getName())) {
            return ResponseEntity.notFound().build();
        }
        StringBuilder csv = new StringBuilder("line,path,column,message\n");
        for (ImportProblem p : stored.problems()) {
            csv.append(p.line() == null ? "" : p.line()).append(',').append(quote(p.path())).append(',').append(quote(p.column()))
                    .append(',').append(quote(message(p, locale))).append('\n');
        }
        return csvResponse("importfouten.csv", csv.toString());
    }

    @GetMapping("/school/import/sjabloon.csv")
    ResponseEntity<byte[]> template(Principal principal) {
        currentProvider.of(principal);
        String header = String.join(",", CourseImport.csvColumns());
        String example = """
                AVT-WP-01,Warmtepompmonteur basis,"Je leert lucht-waterwarmtepompen plaatsen, aansluiten en in bedrijf stellen.",COURSE,PARTTIME,nl,40,,warmtepompen installeren;http://data.europa.eu/esco/skill/c8ac1986-38fa-43b2-89dc-50a4beeb420e,https://www.voorbeeld.nl/warmtepomp,2027-02-01,2027-03-15,Apeldoorn,,"1295,00",EVENING
                AVT-WP-01,Warmtepompmonteur basis,"Je leert lucht-waterwarmtepompen plaatsen, aansluiten en in bedrijf stellen.",COURSE,PARTTIME,nl,40,,warmtepompen installeren;http://data.europa.eu/esco/skill/c8ac1986-38fa-43b2-89dc-50a4beeb420e,https://www.voorbeeld.nl/warmtepomp,2027-09-06,2027-10-18,,7411,1295.00,DAY
                """;
        return csvResponse("cursussen-sjabloon.csv", header + "\n" + example);
    }

    /** Also used by {@link UploadLimits} when the file was refused before reaching this controller. */
    String page(String provider, Model model) {
        model.addAttribute("columns", CourseImport.csvColumns());
        model.addAttribute("recent", courseImport.recentImports(provider));
        return PAGE;
    }

    private ProblemLine line(ImportProblem p, Locale locale) {
        return new ProblemLine(p.line() != null ? String.valueOf(p.line()) : p.path(), p.column(), message(p, locale));
    }

    private String message(ImportProblem p, Locale locale) {
        return messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale);
    }

    private static ResponseEntity<byte[]> csvResponse(String fileName, String body) {
        byte[] bytes = ("\uFEFF" + body).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(bytes);
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
