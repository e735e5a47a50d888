package nl.cleantechwerkt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.cleantechwerkt.catalog.CourseCatalog;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin sees what the search indexes hold, starts a rebuild from the page, follows it while
 * it runs (the page refreshes itself) and sees its figures afterwards; a second rebuild is refused
 * while one runs.
 */
class SearchIndexPageTest extends IntegrationTest {

    private static final String PAGE = "/admin/zoekindex";
    private static final String REBUILD = "/admin/zoekindex/herbouwen";

    @Autowired
    IndexRebuilds rebuilds;
    @Autowired
    CourseCatalog catalog;

    private WebSession admin() {
        WebSession admin = new WebSession(port);
        admin.login("admin@test.local", "Beheer-wachtwoord-voor-tests-2026");
        return admin;
    }

    /** A number as the Dutch message bundle shows it (MessageFormat groups thousands). */
    private static String nl(long number) {
        return String.format(Locale.forLanguageTag("nl"), "%,d", number);
    }

    @Test
    void theAdminRebuildsTheIndexesFromThePageAndSeesTheFigures() throws Exception {
        WebSession admin = admin();
        assertThat(admin.get("/admin/aanbieders").body()).contains("href=\"" + PAGE + "\"");
        String before = admin.get(PAGE).body();
        assertThat(before).contains("Zoekindex").contains("id=\"documents-course\"").contains("id=\"documents-learner")
                .contains("Opleidingen in de database: " + nl(catalog.countAll()))
                .contains("Er loopt nu geen herbouw").doesNotContain("http-equiv=\"refresh\"");

        HttpResponse<String> started = admin.submit(PAGE, REBUILD, Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElse("")).endsWith(PAGE + "?herbouw=gestart");
        assertThat(admin.get(PAGE + "?herbouw=gestart").body()).contains("Het opnieuw opbouwen is gestart");
        RebuildProgress done = rebuilds.lastStarted().orElseThrow().toCompletableFuture().get(2, TimeUnit.MINUTES);

        assertThat(done.failed()).isFalse();
        assertThat(done.trigger()).isEqualTo("admin");
        assertThat(done.types()).contains("Course", "LearnerProfile");
        assertThat(done.indexed()).isEqualTo(done.total()).isGreaterThanOrEqualTo(catalog.countAll());
        String after = admin.get(PAGE).body();
        assertThat(after).contains("Laatste herbouw").contains("Gelukt: " + nl(done.indexed()) + " documenten")
                .contains(nl(done.perSecond()) + " per seconde")
                .contains("id=\"documents-course\">" + catalog.countAll() + "<")
                .contains(nl(catalog.countAll()) + " van de " + nl(catalog.countAll()) + " opleidingsdocumenten hebben die versie");
        assertThat(admin.get(PAGE + "?lang=en").body()).contains("Last rebuild").contains("Done: " + String.format(Locale.ENGLISH, "%,d", done.indexed()));
    }

    @Test
    void whileARebuildRunsThePageFollowsItAndASecondIsRefused() throws Exception {
        WebSession admin = admin();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        var held = rebuilds.startAll("test", () -> {
            running.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).orElseThrow();
        try {
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
            String page = admin.get(PAGE).body();
            assertThat(page).contains("Opnieuw opbouwen loopt").contains("<meta http-equiv=\"refresh\" content=\"3\">")
                    .contains("Gestart door").contains("<dd>test</dd>").doesNotContain("Er loopt nu geen herbouw");

            HttpResponse<String> refused = admin.submit(PAGE, REBUILD, Map.of());
            assertThat(refused.headers().firstValue("Location").orElse("")).endsWith(PAGE + "?herbouw=bezig");
            assertThat(admin.get(PAGE + "?herbouw=bezig").body()).contains("Er loopt al een herbouw");
        } finally {
            release.countDown();
        }
        assertThat(held.toCompletableFuture().get(2, TimeUnit.MINUTES).failed()).isFalse();
        assertThat(admin.get(PAGE).body()).doesNotContain("http-equiv=\"refresh\"").contains("<dd>test</dd>");
    }
}
