package nl.cleantechwerkt.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cleantechwerkt.catalog.domain.ImportAudit;
import nl.cleantechwerkt.catalog.domain.ImportAuditRepository;
import nl.cleantechwerkt.catalog.imports.CsvCourseFile;
import nl.cleantechwerkt.catalog.imports.OoapiCourseFile;
import nl.cleantechwerkt.catalog.imports.ParsedFile;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.skills.SkillCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of a provider's courses. The whole file is checked first; only a file without a
 * single problem is written, in one transaction, so an import is all or nothing — a database
 * failure half-way rolls everything back. Re-importing updates courses by course code, and can
 * archive the provider's courses that the file no longer has. Every attempt is audited.
 */
@Service
public class CourseImport {

    private static final Logger log = LoggerFactory.getLogger(CourseImport.class);

    private final CsvCourseFile csv;
    private final OoapiCourseFile ooapi;
    private final CourseRegistration registration;
    private final CourseCatalog catalog;
    private final ImportAuditRepository audit;
    private final TransactionTemplate transaction;
    private final TransactionTemplate auditTransaction;
    private final Clock clock;

    CourseImport(Gazetteer gazetteer, SkillCatalog skills, CourseRegistration registration, CourseCatalog catalog,
            ImportAuditRepository audit, PlatformTransactionManager transactions, Clock clock) {
        this.csv = new CsvCourseFile(gazetteer, skills);
        this.ooapi = new OoapiCourseFile(gazetteer, skills);
        this.registration = registration;
        this.catalog = catalog;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.auditTransaction = new TransactionTemplate(transactions);
        this.auditTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The columns of the CSV format, in template order. */
    public static List<String> csvColumns() {
        return CsvCourseFile.COLUMNS;
    }

    /**
     * Checks a file and, unless it is a dry run or has any problem, writes all its courses in
     * one transaction.
     *
     * @param actor who imports (a user's e-mail or an API key's name), for the audit log
     * @param archiveMissing also archive the provider's courses that the file does not have
     */
    public ImportReport importFile(String providerCode, String actor, ImportFormat format, String fileName, byte[] content,
            boolean dryRun, boolean archiveMissing) {
        return importFile(providerCode, actor, format, fileName, content, dryRun, archiveMissing, ImportProgress.NONE);
    }

    /** As {@link #importFile(String, String, ImportFormat, String, byte[], boolean, boolean)}, telling {@code progress}. */
    public ImportReport importFile(String providerCode, String actor, ImportFormat format, String fileName, byte[] content,
            boolean dryRun, boolean archiveMissing, ImportProgress progress) {
        ParsedFile parsed = format == ImportFormat.OOAPI ? ooapi.parse(content) : csv.parse(content);
        String formatName = format.name();
        if (!parsed.problems().isEmpty()) {
            return audited(providerCode, actor, formatName, fileName, new ImportReport(parsed.records(), 0, 0, 0, 0,
                    parsed.problems(), dryRun, false), "REJECTED");
        }
        List<CourseSummary> current = catalog.coursesOf(providerCode);
        Set<String> existing = current.stream().map(CourseSummary::courseCode).collect(Collectors.toSet());
        Set<String> inFile = parsed.courses().stream().map(CourseData::courseCode).collect(Collectors.toSet());
        int created = (int) inFile.stream().filter(code -> !existing.contains(code)).count();
        int updated = inFile.size() - created;
        List<CourseSummary> toArchive = archiveMissing ? current.stream()
                .filter(c -> !inFile.contains(c.courseCode()) && !"ARCHIVED".equals(c.status())).toList() : List.of();
        int offerings = parsed.courses().stream().mapToInt(c -> c.runs().size()).sum();
        ImportReport report = new ImportReport(parsed.records(), created, updated, toArchive.size(), offerings, List.of(), dryRun,
                !dryRun);
        progress.checked(dryRun ? 0 : parsed.courses().size());
        if (dryRun) {
            return audited(providerCode, actor, formatName, fileName, report, "DRY_RUN");
        }
        try {
            transaction.executeWithoutResult(tx -> {
                registration.publishAll(providerCode, parsed.courses(), progress::written);
                toArchive.forEach(course -> registration.archive(providerCode, course.id()));
            });
        } catch (RuntimeException e) {
            log.error("Import for {} by {} failed and was rolled back", providerCode, actor, e);
            return audited(providerCode, actor, formatName, fileName, new ImportReport(parsed.records(), 0, 0, 0, 0,
                    List.of(ImportProblem.file("import.failed")), false, false), "FAILED");
        }
        return audited(providerCode, actor, formatName, fileName, report, "APPLIED");
    }

    public List<ImportLogEntry> recentImports(String providerCode) {
        return audit.findTop20ByProviderCodeOrderByHappenedAtDesc(providerCode).stream()
                .map(a -> new ImportLogEntry(a.getHappenedAt(), a.getActor(), a.getFileName(), a.getRowsRead(), a.getCreated(),
                        a.getUpdated(), a.getArchived(), a.getErrors(), a.getResult()))
                .toList();
    }

    private ImportReport audited(String providerCode, String actor, String format, String fileName, ImportReport report,
            String result) {
        auditTransaction.executeWithoutResult(tx -> audit.save(new ImportAudit(providerCode, actor, format, fileName,
                report.rows(), report.applied() || report.dryRun() ? report.created() : 0,
                report.applied() || report.dryRun() ? report.updated() : 0, report.archived(), report.offerings(),
                report.problems().size(), result, clock.instant())));
        log.info("Import {} for {} by {}: {} rows, {} created, {} updated, {} archived, {} problems", result, providerCode, actor,
                report.rows(), report.created(), report.updated(), report.archived(), report.problems().size());
        return report;
    }
}
