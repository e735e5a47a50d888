package nl.cleantechwerkt.search.web;

import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.catalog.CourseIndex;
import nl.cleantechwerkt.search.IndexRebuilds;
import nl.cleantechwerkt.search.SearchIndexMaintenance;
import nl.cleantechwerkt.shared.TimeConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of the search indexes: documents per index, the course document layout, a
 * rebuild in progress (the page refreshes itself while one runs) and the last one, and a button
 * that rebuilds every index in the background. A shared index (OpenSearch with outbox polling)
 * is not rebuilt from here: purging it would empty search on every node (docs/deploy.md).
 */
@Controller
class AdminSearchIndexController {

    static final String PAGE = "search/admin-index";
    static final String PATH = "/admin/zoekindex";
    /** Seconds between refreshes of the page while a rebuild runs. */
    static final int REFRESH_SECONDS = 3;

    private final IndexRebuilds rebuilds;
    private final SearchIndexMaintenance maintenance;
    private final CourseCatalog catalog;

    AdminSearchIndexController(IndexRebuilds rebuilds, SearchIndexMaintenance maintenance, CourseCatalog catalog) {
        this.rebuilds = rebuilds;
        this.maintenance = maintenance;
        this.catalog = catalog;
    }

    @GetMapping(PATH)
    String page(Model model) {
        var running = rebuilds.running();
        var counts = rebuilds.counts();
        model.addAttribute("counts", counts);
        model.addAttribute("coursesInDatabase", catalog.countAll());
        model.addAttribute("courseDocuments", counts.stream().filter(c -> c.entity().equals(CourseIndex.ENTITY))
                .mapToLong(IndexRebuilds.IndexCount::documents).sum());
        model.addAttribute("currentLayout", CourseIndex.CURRENT_LAYOUT);
        model.addAttribute("currentLayoutCourses", maintenance.currentLayoutCourses());
        model.addAttribute("shared", rebuilds.shared());
        model.addAttribute("running", running.orElse(null));
        model.addAttribute("last", rebuilds.lastFinished().orElse(null));
        model.addAttribute("zone", TimeConfiguration.ZONE);
        if (running.isPresent()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return PAGE;
    }

    @PostMapping(PATH + "/herbouwen")
    String rebuild(RedirectAttributes redirect) {
        String outcome;
        if (rebuilds.shared()) {
            outcome = "gedeeld";
        } else {
            outcome = rebuilds.startAll("admin").isPresent() ? "gestart" : "bezig";
        }
        redirect.addAttribute("herbouw", outcome);
        return "redirect:" + PATH;
    }
}
