package nl.cleantechwerkt.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.cleantechwerkt.catalog.CourseImport;
import nl.cleantechwerkt.catalog.ImportFormat;
import nl.cleantechwerkt.catalog.ImportProblem;
import nl.cleantechwerkt.catalog.ImportReport;
import nl.cleantechwerkt.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
    /** Files up to this size are imported while the upload waits; larger ones show their progress. */
    static final int INLINE_BYTES = 512 * 1024;
    private static final int INLINE_WAIT_SECONDS = 20;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SchoolImportController.class);
    static final int MAX_MEGABYTES = 20;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    private final CurrentProvider currentProvider;
    private final CourseImport courseImport;
    private final ImportJobs jobs;
    private final MessageSource messages;

    SchoolImportController(CurrentProvider currentProvider, CourseImport courseImport, ImportJobs jobs,
            MessageSource messages) {
        this.currentProvider = currentProvider;
        this.courseImport = courseImport;
        this.jobs = jobs;
        this.messages = messages;
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
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
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
        String actor = principal.getName();
        ImportJobs.Job job = jobs.start(actor, format, progress -> courseImport.importFile(provider, actor, format,
                file.getOriginalFilename(), content, dryRun, archiveMissing, progress));
        if (content.length > INLINE_BYTES) {
            return "redirect:/school/import/voortgang/" + job.id();
        }
        try {
            // A small file is done in a moment: its report comes back in this response. If the import thread is
            // busy with someone's large file, the upload waits its turn on the progress page instead.
            job.result().get(INLINE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return "redirect:/school/import/voortgang/" + job.id();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "redirect:/school/import/voortgang/" + job.id();
        } catch (ExecutionException e) {
            // rendered as a failed import below
        }
        return result(provider, job, locale, model, response);
    }

    /** How far a long import is; its report once it is done. Polled by the page (htmx) or reloaded by hand. */
    @GetMapping("/school/import/voortgang/{id}")
    String progress(@PathVariable String id, Principal principal, Locale locale, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        String provider = currentProvider.of(principal);
        ImportJobs.Job job = jobs.find(id, principal.getName()).orElseThrow(() -> new NotFoundException("import", id));
        if (!job.result().isDone()) {
            model.addAttribute("job", job);
            return htmx != null ? PAGE + " :: status" : page(provider, model);
        }
        if (htmx != null) {
            // htmx only swaps in 2xx answers: the fragment with the report comes back as 200
            result(provider, job, locale, model, null);
            return PAGE + " :: status";
        }
        return result(provider, job, locale, model, response);
    }

    /** The page with the job's report; a refused file answers 422 when {@code response} is given. */
    private String result(String provider, ImportJobs.Job job, Locale locale, Model model, HttpServletResponse response) {
        ImportReport report = job.result().handle((done, failure) -> {
            if (failure != null) {
                log.error("Import job {} failed", job.id(), failure);
                return new ImportReport(0, 0, 0, 0, 0, List.of(ImportProblem.file("import.failed")), false, false);
            }
            return done;
        }).join();
        model.addAttribute("report", report);
        model.addAttribute("format", job.format().name());
        model.addAttribute("problems", report.problems().stream().map(p -> line(p, locale)).toList());
        if (!report.problems().isEmpty()) {
            if (response != null) {
                response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            model.addAttribute("problemFileUrl", "/school/import/fouten/" + job.id() + ".csv");
        }
        return page(provider, model);
    }

    @GetMapping("/school/import/fouten/{id}.csv")
    ResponseEntity<byte[]> problemFile(@PathVariable String id, Principal principal, Locale locale) {
        Optional<ImportReport> report = jobs.find(id, principal.getName())
                .filter(job -> job.result().isDone() && !job.result().isCompletedExceptionally())
                .map(job -> job.result().join());
        if (report.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        StringBuilder csv = new StringBuilder("line,path,column,message\n");
        for (ImportProblem p : report.get().problems()) {
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
