package nl.cleantechwerkt.insights.report;

import static nl.cleantechwerkt.insights.report.ProgressReportFixture.DEVENTER;
import static nl.cleantechwerkt.insights.report.ProgressReportFixture.PERIOD;
import static nl.cleantechwerkt.insights.report.ProgressReportFixture.UNTAUGHT_SKILL;
import static nl.cleantechwerkt.insights.report.ProgressReportFixture.UNTAUGHT_SKILL_LABEL;
import static nl.cleantechwerkt.insights.report.ProgressReportFixture.ZUTPHEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.cleantechwerkt.accounts.Accounts;
import nl.cleantechwerkt.accounts.Role;
import nl.cleantechwerkt.catalog.CourseRegistration;
import nl.cleantechwerkt.employers.Employers;
import nl.cleantechwerkt.employers.SkillNeeds;
import nl.cleantechwerkt.geo.Gazetteer;
import nl.cleantechwerkt.insights.SkillFigures;
import nl.cleantechwerkt.insights.report.ProgressReport.Cell;
import nl.cleantechwerkt.insights.report.ProgressReport.MunicipalityRow;
import nl.cleantechwerkt.learners.OwnProfile;
import nl.cleantechwerkt.support.IntegrationTest;
import nl.cleantechwerkt.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progress report of issue 5: its figures on a fixture worked out by hand (2019, a year of its
 * own, see {@link ProgressReportFixture}), the page, the PDF as an admin downloads it (opened with
 * PDFBox: pages, text, fonts, a rendered chart), who may have it, and periods that cannot be used.
 * One PDF for the whole class: rendering takes seconds on a small machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressReportTest extends IntegrationTest {

    private static final String QUERY = "?from=2019-01&to=2019-12";
    private static final String ADMIN = "admin@test.local";
    private static final String ADMIN_PASSWORD = "Beheer-wachtwoord-voor-tests-2026";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CourseRegistration registration;
    @Autowired
    Accounts accounts;
    @Autowired
    OwnProfile profiles;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    Employers employers;
    @Autowired
    SkillNeeds needs;
    @Autowired
    ProgressReports reports;

    private ProgressReportFixture fixture;
    private WebSession admin;
    private HttpResponse<byte[]> pdfResponse;
    private long pdfMillis;

    @BeforeAll
    void fixtureAndOnePdf() {
        fixture = new ProgressReportFixture(jdbc, registration, accounts, profiles, gazetteer, employers, needs);
        fixture.build();
        admin = new WebSession(port);
        admin.login(ADMIN, ADMIN_PASSWORD);
        long started = System.nanoTime();
        pdfResponse = getBytes(admin, "/admin/voortgang.pdf" + QUERY);
        pdfMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Progress report PDF (2019, Dutch) over HTTP: " + pdfMillis + " ms, "
                + pdfResponse.body().length / 1024 + " KB");
    }

    @AfterAll
    void closeTheOpenNeeds() {
        fixture.closeOpenNeeds();
    }

    @Test
    void figuresOfThePeriodAreTheOnesWorkedOutByHand() {
        ProgressReport report = reports.report(PERIOD);

        assertThat(report.coursesPublished()).isEqualTo(new Cell(3L));
        assertThat(report.coursesWithRuns()).isEqualTo(new Cell(4L));
        assertThat(report.coursesOnline()).as("courses are never suppressed").isEqualTo(new Cell(1L));
        assertThat(report.learnersNew()).isEqualTo(new Cell(6L));
        assertThat(report.learnersActive()).isEqualTo(new Cell(8L));
        assertThat(report.employersActive()).isEqualTo(new Cell(7L));
        assertThat(report.needsPosted()).isEqualTo(new Cell(5L));
        assertThat(report.peopleAsked()).isEqualTo(new Cell(10L));
        assertThat(report.invitationsSent()).isEqualTo(new Cell(7L));
        assertThat(report.invitationsAccepted()).isEqualTo(new Cell(5L));

        assertThat(report.municipalities()).extracting(MunicipalityRow::name).hasSize(9).isSorted()
                .contains("Deventer", "Zutphen");
        MunicipalityRow deventer = row(report, DEVENTER);
        assertThat(deventer.courses()).isEqualTo(new Cell(2L));
        assertThat(deventer.needs()).isEqualTo(new Cell(5L));
        assertThat(deventer.learners()).isEqualTo(new Cell(6L));
        MunicipalityRow zutphen = row(report, ZUTPHEN);
        assertThat(zutphen.courses()).isEqualTo(new Cell(2L));
        assertThat(zutphen.needs().suppressed()).as("no need posted in Zutphen: fewer than five").isTrue();
        assertThat(zutphen.learners().suppressed()).as("two active learners in Zutphen").isTrue();
        assertThat(report.municipalities()).filteredOn(m -> !m.code().equals(DEVENTER) && !m.code().equals(ZUTPHEN))
                .allSatisfy(m -> assertThat(m.courses()).isEqualTo(new Cell(0L)));
    }

    @Test
    void aMonthCountsFromMidnightDutchTime() {
        // F was first published 31 December 2019 23:30 and G 1 January 2020 00:00, Dutch time (both still 2019 in UTC).
        ProgressReport january = reports.report(new nl.cleantechwerkt.shared.MonthRange(java.time.YearMonth.of(2020, 1),
                java.time.YearMonth.of(2020, 1)));
        ProgressReport december = reports.report(new nl.cleantechwerkt.shared.MonthRange(java.time.YearMonth.of(2019, 12),
                java.time.YearMonth.of(2019, 12)));
        assertThat(december.coursesPublished()).isEqualTo(new Cell(1L));
        assertThat(january.coursesPublished()).as("G and E").isEqualTo(new Cell(2L));
        assertThat(row(december, ZUTPHEN).courses()).as("F's run on 31 December").isEqualTo(new Cell(1L));
    }

    @Test
    void unmetDemandListsTheSkillNobodyTeaches() {
        ProgressReport report = reports.report(PERIOD);
        assertThat(report.unmetSkills()).extracting(SkillFigures::skillUri).contains(UNTAUGHT_SKILL);
        SkillFigures untaught = report.unmetSkills().stream().filter(s -> s.skillUri().equals(UNTAUGHT_SKILL)).findFirst()
                .orElseThrow();
        assertThat(untaught.demand()).as("five open needs for 20 people, a must each").isEqualTo(100.0);
        assertThat(untaught.demandSources()).isEqualTo(5);
        assertThat(report.unmetSkills()).as("public figures only").noneMatch(SkillFigures::suppressed);
    }

    @Test
    void pageShowsTheFiguresTablesAndCharts() {
        HttpResponse<String> response = admin.get("/admin/voortgang" + QUERY);
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(numbers(html, "figure-coursesPublished")).containsExactly("3");
        assertThat(numbers(html, "figure-coursesWithRuns")).containsExactly("4");
        assertThat(numbers(html, "figure-learnersActive")).containsExactly("8");
        assertThat(numbers(html, "figure-employersActive")).containsExactly("7");
        assertThat(numbers(html, "figure-invitationsSent")).containsExactly("7");
        assertThat(numbers(html, "figure-invitationsAccepted")).containsExactly("5");
        assertThat(numbers(html, "municipality-" + DEVENTER)).containsExactly("2", "5", "6");
        assertThat(numbers(html, "municipality-" + ZUTPHEN)).containsExactly("2", "< 5", "< 5");
        assertThat(html).contains("<h2 id=\"report-figures\">Kerncijfers</h2>").contains("Per gemeente")
                .contains(UNTAUGHT_SKILL_LABEL)
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-municipalities\"")
                .contains("id=\"chart-unmet\"").contains("id=\"chart-map\"")
                .contains("href=\"/admin/voortgang.pdf?from=2019-01&amp;to=2019-12\"")
                .doesNotContain(" style=\"").doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }

    @Test
    void pageSpeaksEnglishWithTheLocale() {
        WebSession english = new WebSession(port);
        english.login(ADMIN, ADMIN_PASSWORD);
        String html = english.get("/admin/voortgang" + QUERY + "&lang=en").body();
        assertThat(html).contains("Progress report").contains("Key figures").contains("Matches made")
                .contains("<th scope=\"row\">Zutphen</th>");
    }

    @Test
    void pdfIsADownloadWhosePagesShowHeadingsFiguresTablesAndCharts() throws IOException {
        assertThat(pdfResponse.statusCode()).isEqualTo(200);
        assertThat(pdfResponse.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdfResponse.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"voortgangsrapportage-2019.pdf\"");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "progress-report-2019.pdf"), pdfResponse.body());
        try (PDDocument pdf = Loader.loadPDF(pdfResponse.body())) {
            assertThat(pdf.getNumberOfPages()).isBetween(3, 8);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Voortgangsrapportage Cleantech Werkt 2019");
            assertThat(pdf.getDocumentCatalog().getLanguage()).as("tagged for screen readers (PDF/UA)").isEqualTo("nl");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String titlePage = stripper.getText(pdf);
            assertThat(titlePage).contains("Voortgangsrapportage").contains("2019").contains("Cleantech Regio");
            // Lines wrap where the layout wraps them: compare with single spaces.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Kerncijfers").contains("Per gemeente").contains("Grootste onvervulde vraag")
                    .contains("Wat de cijfers betekenen")
                    .contains("Opleidingen gepubliceerd 3").contains("Opleidingen met een start 4")
                    .contains("Actieve lerenden 8").contains("Actieve werkgevers 7").contains("Koppelingen gemaakt 7")
                    .contains("Uitnodigingen geaccepteerd 5").contains("Gevraagde mensen 10")
                    .contains("Deventer 2 5 6").contains("Zutphen 2 < 5 < 5").contains("Apeldoorn 0 < 5 < 5")
                    .contains(UNTAUGHT_SKILL_LABEL + " sorteren van materialen of producten 100,0 5")
                    // Dutch characters come out as written: the font has them and is embedded.
                    .contains("minstens één startmoment")
                    .contains("Pagina 2 van " + pdf.getNumberOfPages());
            assertThat(fontNames(pdf)).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));

            int chartPage = pageWith(pdf, "Per gemeente");
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(chartPage, 60);
            Path png = Path.of("target", "progress-report-page" + (chartPage + 1) + ".png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            // The bars of the needs (orange) and learners (blue) series: colours nothing else on the page has.
            assertThat(pixelsNear(image, 0xb3, 0x47, 0x00)).as("orange bars on page " + (chartPage + 1)).isGreaterThan(30);
            assertThat(pixelsNear(image, 0x1d, 0x4f, 0x91)).as("blue bars on page " + (chartPage + 1)).isGreaterThan(30);
        }
    }

    @Test
    void onlyTheAdminGetsTheReport() {
        HttpResponse<String> anonymous = get("/admin/voortgang.pdf" + QUERY);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/inloggen");
        assertThat(get("/admin/voortgang" + QUERY).statusCode()).isEqualTo(302);
        for (Role role : List.of(Role.LEARNER, Role.SCHOOL, Role.EMPLOYER)) {
            WebSession session = sessionAs(role);
            assertThat(session.get("/admin/voortgang" + QUERY).statusCode()).as(role.name()).isEqualTo(403);
            assertThat(getBytes(session, "/admin/voortgang.pdf" + QUERY).statusCode()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void aPeriodThatCannotBeUsedIsExplainedNeverA500() {
        Map<String, String> cases = Map.of(
                "?from=2019-13&to=2019-12", "moet een maand zijn als 2026-01, niet &#39;2019-13&#39;",
                "?from=2019&to=2019-12", "niet &#39;2019&#39;",
                "?from=2019-06&to=2019-02", "De periode eindigt (2019-02) voordat ze begint (2019-06).",
                "?from=1999-01&to=1999-12", "begint niet voor 2000-01",
                "?from=2000-01&to=2019-12", "hoogstens 120 maanden",
                "?from=2019-01&to=2999-12", "De maand 2999-12 is nog niet begonnen",
                "?from=%3Cscript%3E", "niet &#39;&lt;script&gt;&#39;");
        cases.forEach((query, message) -> {
            HttpResponse<String> page = admin.get("/admin/voortgang" + query);
            assertThat(page.statusCode()).as(query).isEqualTo(400);
            assertThat(page.body()).as(query).contains(message).contains("aria-invalid=\"true\"")
                    .doesNotContain("id=\"report-figures\"");
            HttpResponse<byte[]> pdf = getBytes(admin, "/admin/voortgang.pdf" + query);
            assertThat(pdf.statusCode()).as(query).isEqualTo(400);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).as(query).startsWith("text/html");
        });
    }

    private MunicipalityRow row(ProgressReport report, String code) {
        return report.municipalities().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    /** The numbers in the cells of the table row with this id, as shown ("&lt; 5" unescaped). */
    private static List<String> numbers(String html, String rowId) {
        Matcher row = Pattern.compile("<tr[^>]*id=\"" + Pattern.quote(rowId) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("row " + rowId).isTrue();
        Matcher cell = Pattern.compile("<td class=\"num\">(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        List<String> values = new ArrayList<>();
        while (cell.find()) {
            values.add(cell.group(1).trim().replace("&lt;", "<"));
        }
        return values;
    }

    private WebSession sessionAs(Role role) {
        String email = "voortgang-" + role.name().toLowerCase() + System.nanoTime() + "@test.nl";
        if (role == Role.SCHOOL) {
            String provider = "VGS" + (System.nanoTime() % 100000);
            registration.registerProvider(new nl.cleantechwerkt.catalog.ProviderData(provider, "Voortgang School",
                    nl.cleantechwerkt.shared.ProviderKind.PRIVATE, null, null, "Deventer", "7411", null));
            accounts.create(email, ProgressReportFixture.PASSWORD, "School", role, provider);
        } else {
            accounts.register(email, ProgressReportFixture.PASSWORD, "Iemand", role);
        }
        WebSession session = new WebSession(port);
        session.login(email, ProgressReportFixture.PASSWORD);
        return session;
    }

    private HttpResponse<byte[]> getBytes(WebSession session, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + session.cookie("JSESSIONID")).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fontNames(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }

    private static int pageWith(PDDocument pdf, String heading) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(pdf).contains(heading)) {
                return i - 1;
            }
        }
        throw new AssertionError("No page with " + heading);
    }

    private static int pixelsNear(BufferedImage image, int red, int green, int blue) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - red) < 24 && Math.abs(((rgb >> 8) & 0xff) - green) < 24
                        && Math.abs((rgb & 0xff) - blue) < 24) {
                    count++;
                }
            }
        }
        return count;
    }
}
