package nl.cleantechwerkt.insights.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The progress report as PDF: the Thymeleaf template {@value #TEMPLATE} (well-formed XHTML, the
 * same content fragment as the page) laid out by openhtmltopdf on PDFBox, with the report's own
 * stylesheet (A4, title page, running footer with page numbers) and the SVG charts drawn as
 * vectors by Batik.
 *
 * <p>The font, DejaVu Sans (regular and bold), travels in the jar ({@code fonts/}) and is embedded
 * as a subset, so the PDF looks the same on every machine and renders every Dutch character
 * (ë, é, ï, €) whether or not the server has fonts installed. openhtmltopdf hands fonts to the
 * SVG renderer only as files, so they are copied out of the jar once, at start-up, into a
 * temporary directory.
 */
@Component
class ProgressReportPdf {

    static final String TEMPLATE = "insights/report/progress-pdf";
    static final String FONT_FAMILY = "DejaVu Sans";
    /**
     * The family the chart renderer asks for last ({@code sans-serif}); mapped to the same font,
     * so chart text never depends on the fonts of the server.
     */
    private static final String GENERIC_FAMILY = "sans-serif";

    private final ITemplateEngine templates;
    private final String stylesheet;
    private final File regular;
    private final File bold;

    ProgressReportPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.stylesheet = read("report/progress-report.css");
        try {
            Path dir = Files.createTempDirectory("ctw-report-fonts-");
            dir.toFile().deleteOnExit();
            this.regular = copy("fonts/DejaVuSans.ttf", dir);
            this.bold = copy("fonts/DejaVuSans-Bold.ttf", dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the report fonts", e);
        }
    }

    /** Renders the template with {@code model} in {@code locale} to a PDF. */
    byte[] render(Map<String, Object> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("stylesheet", stylesheet);
        String xhtml = templates.process(TEMPLATE, new Context(locale, variables));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Cleantech Werkt");
            // A tagged PDF (PDF/UA): a published report of a public body must be readable with a screen reader.
            builder.usePdfUaAccessibility(true);
            builder.useSVGDrawer(svg);
            // Not FALLBACK_FINAL as well: with it, openhtmltopdf 1.1.31 registers the font as a fallback only.
            EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
            builder.useFont(regular, FONT_FAMILY, 400, FontStyle.NORMAL, true, everywhere);
            builder.useFont(bold, FONT_FAMILY, 700, FontStyle.NORMAL, true, everywhere);
            EnumSet<FSFontUseCase> charts = EnumSet.of(FSFontUseCase.SVG);
            builder.useFont(regular, GENERIC_FAMILY, 400, FontStyle.NORMAL, true, charts);
            builder.useFont(bold, GENERIC_FAMILY, 700, FontStyle.NORMAL, true, charts);
            // No base URI: the document loads nothing from outside (stylesheet inline, fonts registered here).
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("The progress report could not be rendered as PDF", e);
        }
        return out.toByteArray();
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing resource " + resource, e);
        }
    }

    private static File copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
        return target.toFile();
    }
}
