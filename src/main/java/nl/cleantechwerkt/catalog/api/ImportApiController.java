package nl.cleantechwerkt.catalog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cleantechwerkt.accounts.ApiKeyAuthentication;
import nl.cleantechwerkt.catalog.CourseImport;
import nl.cleantechwerkt.catalog.ImportFormat;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.catalog.ImportReport;
import nl.cleantechwerkt.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports by a program: the provider's API key ({@code Authorization: Bearer …}) or the admin
 * (HTTP Basic). Same checks and all-or-nothing semantics as the upload page.
 */
@RestController
@Tag(name = "Imports", description = "Bulk import of a provider's courses")
class ImportApiController {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final CourseImport courseImport;
    private final CourseRegistration registration;
    private final MessageSource messages;

    ImportApiController(CourseImport courseImport, CourseRegistration registration, MessageSource messages) {
        this.courseImport = courseImport;
        this.registration = registration;
        this.messages = messages;
    }

    record ImportResult(int rows, int created, int updated, int archived, int offerings, boolean dryRun) {
    }

    @PostMapping(path = "/api/v1/providers/{providerCode}/imports", consumes = "text/csv")
    @Operation(summary = "Import courses from CSV (one row per offering)", description = """
            Checks the whole file first and imports all or nothing. 200 with counts; 422 problem JSON with
            "errors": [{"line", "column", "message"}] when anything is wrong (nothing is changed then).""")
    ResponseEntity<?> importCsv(@PathVariable String providerCode, @RequestBody byte[] body,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean archiveMissing,
            Authentication authentication, Locale locale) {
        return importBody(providerCode, ImportFormat.CSV, body, dryRun, archiveMissing, authentication, locale);
    }

    @PostMapping(path = "/api/v1/providers/{providerCode}/imports", consumes = "application/json")
    @Operation(summary = "Import courses from OOAPI v5 JSON", description = """
            A courses or programs response page with their offerings, an offerings page with expand=course, or
            {"courses": page, "offerings": page}. Checks everything first and imports all or nothing. 200 with
            counts; 422 problem JSON with "errors": [{"path", "column", "message"}] when anything is wrong.""")
    ResponseEntity<?> importJson(@PathVariable String providerCode, @RequestBody byte[] body,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean archiveMissing,
            Authentication authentication, Locale locale) {
        return importBody(providerCode, ImportFormat.OOAPI, body, dryRun, archiveMissing, authentication, locale);
    }

    private ResponseEntity<?> importBody(String providerCode, ImportFormat format, byte[] body, boolean dryRun,
            boolean archiveMissing, Authentication authentication, Locale locale) {
        if (authentication instanceof ApiKeyAuthentication key && !key.providerCode().equals(providerCode)) {
            return problem(HttpStatus.FORBIDDEN, messages.getMessage("api.import.otherProvider", null, locale), List.of());
        }
        if (!registration.providerExists(providerCode)) {
            throw new NotFoundException("provider", providerCode);
        }
        if (body.length > MAX_BYTES) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, messages.getMessage("import.file.tooLarge", new Object[] {20}, locale),
                    List.of());
        }
        ImportReport report = courseImport.importFile(providerCode, authentication.getName(), format, "api", body, dryRun,
                archiveMissing);
        if (!report.ok()) {
            List<Map<String, Object>> errors = report.problems().stream().map(p -> {
                Map<String, Object> e = new java.util.LinkedHashMap<>();
                if (p.line() != null) {
                    e.put("line", p.line());
                }
                if (p.path() != null) {
                    e.put("path", p.path());
                }
                if (p.column() != null) {
                    e.put("column", p.column());
                }
                e.put("message", messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
                return e;
            }).toList();
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("import.rejected",
                    new Object[] {errors.size()}, locale), errors);
        }
        return ResponseEntity.ok(new ImportResult(report.rows(), report.created(), report.updated(), report.archived(),
                report.offerings(), report.dryRun()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
