package nl.cleantechwerkt.insights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import nl.cleantechwerkt.accounts.AccountView;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.catalog.CourseCatalog;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A school's "demand you could meet" ({@code /school/inzicht}): the region's demand for skills
 * next to what its own courses teach ({@link NearbyDemand}), with the public suppression. The
 * provider always comes from the logged-in account, never from the request.
 */
@Controller
class SchoolInsightsController {

    static final String PAGE = "insights/school";
    private static final String EXPORT = "/school/inzicht/export.csv";

    private final Accounts accounts;
    private final CourseCatalog catalog;
    private final FilterForm form;
    private final NearbyDemand nearbyDemand;
    private final InsightTables tables;
    private final InsightCharts charts;
    private final MessageSource messages;

    SchoolInsightsController(Accounts accounts, CourseCatalog catalog, FilterForm form, NearbyDemand nearbyDemand,
            InsightTables tables, InsightCharts charts, MessageSource messages) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.form = form;
        this.nearbyDemand = nearbyDemand;
        this.tables = tables;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping("/school/inzicht")
    String page(@ModelAttribute InsightFilters filters, Principal principal, Locale locale, Model model,
            HttpServletResponse response) {
        String provider = providerOf(principal);
        model.addAttribute("provider", catalog.provider(provider).orElseThrow());
        model.addAttribute("formAction", "/school/inzicht");
        form.read(filters, model, locale, response, q -> nearbyDemand.forProvider(provider, q)).ifPresent(result -> {
            Table table = tables.nearby(result.items(), locale);
            model.addAttribute("taughtSkills", result.taughtSkills());
            model.addAttribute("section", new Section("section-nearby", messages.getMessage("dashboard.section.nearby", null, locale),
                    messages.getMessage("dashboard.section.nearby.intro", null, locale),
                    charts.nearby("chart-nearby", result.items(), locale), table, filters.on(EXPORT), table.rows().size()));
        });
        return PAGE;
    }

    @GetMapping(EXPORT)
    ResponseEntity<byte[]> export(@ModelAttribute InsightFilters filters, Principal principal, Locale locale) {
        String provider = providerOf(principal);
        Table table = tables.nearby(nearbyDemand.forProvider(provider, form.query(filters)).items(), locale);
        byte[] body = tables.csv(table, true, locale);
        return CsvExport.response(body, "cleantech-werkt-" + TableKind.NEARBY.slug() + "-" + provider + filters.fileSuffix() + ".csv");
    }

    private String providerOf(Principal principal) {
        return accounts.find(principal.getName()).map(AccountView::providerCode)
                .filter(code -> code != null && !code.isBlank())
                .orElseThrow(() -> new AccessDeniedException("Not a school user"));
    }
}
