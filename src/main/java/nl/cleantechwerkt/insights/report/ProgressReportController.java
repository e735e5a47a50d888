package nl.cleantechwerkt.insights.report;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.MonthRange;
import nl.cleantechwerkt.shared.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's progress report: {@code /admin/voortgang} shows it for a chosen period (a printable
 * page), {@code /admin/voortgang.pdf} downloads the same as PDF. Both read the period from
 * {@code from} and {@code to} ({@code 2026-01}); a period that cannot be used is a 400 with the
 * reason — on the page next to the form, for the PDF on the error page.
 */
@Controller
class ProgressReportController {

    static final String PAGE = "insights/report/progress";

    private static final Logger log = LoggerFactory.getLogger(ProgressReportController.class);

    private final ReportPeriods periods;
    private final ProgressReports reports;
    private final ProgressReportPdf pdf;
    private final ReportCharts charts;
    private final ReportLabels labels;
    private final MessageSource messages;

    ProgressReportController(ReportPeriods periods, ProgressReports reports, ProgressReportPdf pdf, ReportCharts charts,
            ReportLabels labels, MessageSource messages) {
        this.periods = periods;
        this.reports = reports;
        this.pdf = pdf;
        this.charts = charts;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/admin/voortgang")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
            HttpServletResponse response, Locale locale) {
        MonthRange period;
        try {
            period = periods.parse(from, to);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("periodErrorField", e.field());
            model.addAttribute("periodError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return PAGE;
        }
        model.addAllAttributes(reportModel(reports.report(period), locale));
        return PAGE;
    }

    @GetMapping("/admin/voortgang.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Locale locale) {
        MonthRange period = periods.parse(from, to);
        long started = System.nanoTime();
        Map<String, Object> model = reportModel(reports.report(period), locale);
        model.put("charts", ((ReportCharts.Charts) model.get("charts")).forPdf());
        byte[] document = pdf.render(model, locale);
        log.info("Progress report {} to {} rendered as PDF in {} ms ({} KB)", period.first(), period.last(),
                (System.nanoTime() - started) / 1_000_000, document.length / 1024);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(labels.fileName(period, locale)).build().toString())
                .body(document);
    }

    /** What both the page and the PDF show. */
    private Map<String, Object> reportModel(ProgressReport report, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("report", report);
        model.put("from", ReportPeriods.format(report.period().first()));
        model.put("to", ReportPeriods.format(report.period().last()));
        String periodLabel = labels.period(report.period(), locale);
        DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        model.put("periodLabel", periodLabel);
        model.put("generatedOn", LocalDate.ofInstant(report.generatedAt(), TimeConfiguration.ZONE).format(longDate));
        model.put("unmetOn", report.unmetOn().format(longDate));
        model.put("charts", charts.draw(report, periodLabel, locale));
        return model;
    }
}
