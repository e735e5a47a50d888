package nl.cleantechwerkt.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.cleantechwerkt.insights.Visibility;
import nl.cleantechwerkt.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The region's dashboard for everyone ({@code /inzicht}: aggregates only, small cells suppressed)
 * and the admin's view of the same ({@code /admin/inzicht}: every figure), each table also as a
 * CSV file with the page's filters and the page's visibility.
 */
@Controller
class InsightsPageController {

    static final String DASHBOARD = "insights/dashboard";
    /** The public page lists the first skills; the CSV has them all. */
    static final int PUBLIC_SKILL_ROWS = 25;
    private static final String PUBLIC_EXPORT = "/inzicht/export/{table}.csv";
    private static final String ADMIN_EXPORT = "/admin/inzicht/export/{table}.csv";

    private final FilterForm form;
    private final DashboardSections sections;
    private final InsightTables tables;

    InsightsPageController(FilterForm form, DashboardSections sections, InsightTables tables) {
        this.form = form;
        this.sections = sections;
        this.tables = tables;
    }

    @GetMapping("/inzicht")
    String dashboard(@ModelAttribute InsightFilters filters, Locale locale, Model model, HttpServletResponse response) {
        return page(filters, Visibility.PUBLIC, locale, model, response);
    }

    @GetMapping("/admin/inzicht")
    String adminDashboard(@ModelAttribute InsightFilters filters, Locale locale, Model model, HttpServletResponse response) {
        return page(filters, Visibility.FULL, locale, model, response);
    }

    @GetMapping("/inzicht/export/{table}.csv")
    ResponseEntity<byte[]> export(@PathVariable String table, @ModelAttribute InsightFilters filters, Locale locale) {
        return csv(table, filters, Visibility.PUBLIC, locale);
    }

    @GetMapping("/admin/inzicht/export/{table}.csv")
    ResponseEntity<byte[]> adminExport(@PathVariable String table, @ModelAttribute InsightFilters filters, Locale locale) {
        return csv(table, filters, Visibility.FULL, locale);
    }

    private String page(InsightFilters filters, Visibility visibility, Locale locale, Model model, HttpServletResponse response) {
        boolean full = visibility == Visibility.FULL;
        model.addAttribute("full", full);
        model.addAttribute("formAction", full ? "/admin/inzicht" : "/inzicht");
        form.read(filters, model, locale, response, q -> sections.sections(q, visibility, filters,
                full ? ADMIN_EXPORT : PUBLIC_EXPORT, full ? Integer.MAX_VALUE : PUBLIC_SKILL_ROWS, locale))
                .ifPresent(list -> model.addAttribute("sections", list));
        return DASHBOARD;
    }

    private ResponseEntity<byte[]> csv(String slug, InsightFilters filters, Visibility visibility, Locale locale) {
        TableKind kind = TableKind.fromSlug(slug).filter(k -> k != TableKind.NEARBY)
                .orElseThrow(() -> new NotFoundException("table", slug));
        Table table = sections.table(kind, form.query(filters), visibility, locale);
        byte[] body = tables.csv(table, visibility == Visibility.PUBLIC, locale);
        return CsvExport.response(body, "cleantech-werkt-" + slug + filters.fileSuffix() + ".csv");
    }
}
