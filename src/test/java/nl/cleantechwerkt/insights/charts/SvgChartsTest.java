package nl.cleantechwerkt.insights.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static ChartSpec spec(String id) {
        return new ChartSpec(id, "Onvervulde vraag", "De grootste tekorten; de tabel eronder heeft dezelfde cijfers.",
                "Onvervulde vraag", "Geen gegevens", DUTCH);
    }

    @Test
    void barChartIsWellFormedSvgNamedForAssistiveTechnology() throws Exception {
        String markup = SvgCharts.bars(spec("unmet"), List.of(new Bar("warmtepompen installeren", 12.0), new Bar("zonnepanelen", 3.0)));

        Element svg = parse(markup).getDocumentElement();
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("unmet-title unmet-desc");
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        assertThat(title.getAttribute("id")).isEqualTo("unmet-title");
        assertThat(title.getTextContent()).isEqualTo("Onvervulde vraag");
        assertThat(((Element) svg.getElementsByTagName("desc").item(0)).getAttribute("id")).isEqualTo("unmet-desc");
        assertThat(texts(svg)).contains("warmtepompen installeren", "zonnepanelen", "12", "3", "Onvervulde vraag");
    }

    @Test
    void barLengthsAreProportionalToTheValues() throws Exception {
        String markup = SvgCharts.bars(spec("b"), List.of(new Bar("a", 40.0), new Bar("b", 10.0), new Bar("c", 20.0)));

        List<Double> widths = barWidths(parse(markup));
        assertThat(widths).hasSize(3);
        assertThat(widths.get(0) / widths.get(1)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(widths.get(2) / widths.get(1)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void groupedBarsDrawEverySeriesWithALegend() throws Exception {
        String markup = SvgCharts.bars(spec("g"), List.of("Installatie", "Elektro"),
                List.of(new Series("Vraag", List.of(8.0, 4.0)), new Series("Aanbod", List.of(2.0, 4.0))));

        Document doc = parse(markup);
        List<Double> widths = barWidths(doc);
        assertThat(widths).hasSize(4);
        // Group order, then series order: demand 8 is four times supply 2; in Elektro both are equal.
        assertThat(widths.get(0) / widths.get(1)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(widths.get(2)).isCloseTo(widths.get(3), org.assertj.core.data.Offset.offset(0.01));
        assertThat(texts(doc.getDocumentElement())).contains("Vraag", "Aanbod");
    }

    @Test
    void suppressedValuesAreADashNotAZeroBar() throws Exception {
        String markup = SvgCharts.bars(spec("s"), List.of(new Bar("zichtbaar", 7.0), new Bar("te weinig bronnen", null)));

        Document doc = parse(markup);
        assertThat(barWidths(doc)).hasSize(1);
        assertThat(texts(doc.getDocumentElement())).contains("—", "te weinig bronnen");
    }

    @Test
    void numbersAreWrittenTheWayTheReaderDoes() throws Exception {
        String dutch = SvgCharts.bars(spec("n"), List.of(new Bar("veel", 1234.5)));
        String english = SvgCharts.bars(new ChartSpec("n", "t", "d", "v", "e", Locale.ENGLISH), List.of(new Bar("many", 1234.5)));

        assertThat(texts(parse(dutch).getDocumentElement())).contains("1.234,5");
        assertThat(texts(parse(english).getDocumentElement())).contains("1,234.5");
        assertThat(SvgCharts.number(null, DUTCH)).isEqualTo("—");
        assertThat(SvgCharts.number(0.25, DUTCH)).isEqualTo("0,2");
    }

    @Test
    void emptyDataGivesAnAccessibleChartSayingSo() throws Exception {
        for (String markup : List.of(SvgCharts.bars(spec("e"), List.of()), SvgCharts.lines(spec("e"), List.of(), List.of()),
                SvgCharts.regionMap(spec("e"), List.of()))) {
            Element svg = parse(markup).getDocumentElement();
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(texts(svg)).contains("Geen gegevens");
            assertThat(svg.getElementsByTagName("rect").getLength()).isZero();
        }
    }

    @Test
    void labelsAreEscapedAndLongOnesShortenedWithTheFullTextAsTooltip() throws Exception {
        String tricky = "<script>x</script> & \"meer\" \u0001";
        String longLabel = "het ontwerpen en dimensioneren van warmtepompinstallaties voor utiliteitsbouw";
        String markup = SvgCharts.bars(spec("x"), List.of(new Bar(tricky, 1.0), new Bar(longLabel, 2.0)));

        assertThat(markup).doesNotContain("<script");
        Element svg = parse(markup).getDocumentElement();
        assertThat(texts(svg)).anyMatch(t -> t.equals("<script>x</script> & \"meer\" "));
        assertThat(texts(svg)).anyMatch(t -> t.endsWith("…") && longLabel.startsWith(t.substring(0, t.length() - 1)));
        assertThat(titles(svg)).contains(longLabel);
    }

    @Test
    void noStyleAttributesSoTheContentSecurityPolicyHolds() {
        String all = SvgCharts.bars(spec("a"), List.of(new Bar("x", 1.0)))
                + SvgCharts.lines(spec("b"), List.of("jan", "feb"), List.of(new Series("Vraag", List.of(1.0, 2.0))))
                + SvgCharts.regionMap(spec("c"), List.of(new MapPoint("Deventer", 52.25, 6.15, 3.0)));
        assertThat(all).doesNotContain("style=").doesNotContain("<style").doesNotContain("<script");
    }

    @Test
    void lineChartPlacesPointsByValueAndBreaksAtMissingValues() throws Exception {
        Series demand = new Series("Vraag", Arrays.asList(10.0, 20.0, null, 40.0));
        Series supply = new Series("Aanbod", Arrays.asList(5.0, 5.0, 5.0, 5.0));
        Document doc = parse(SvgCharts.lines(spec("t"), List.of("jan", "feb", "mrt", "apr"), List.of(demand, supply)));

        NodeList polylines = doc.getElementsByTagName("polyline");
        // Demand: one line jan–feb (mrt is missing, apr stands alone); supply: one line over all four months.
        assertThat(polylines.getLength()).isEqualTo(2);
        double[] jan = point(polylines.item(0), 0);
        double[] feb = point(polylines.item(0), 1);
        double[] supplyJan = point(polylines.item(1), 0);
        double baseline = jan[1] + (jan[1] - feb[1]); // value 0 lies as far below 10 as 20 lies above it
        assertThat((baseline - supplyJan[1]) / (baseline - jan[1])).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
        assertThat(feb[0]).isGreaterThan(jan[0]);
        assertThat(texts(doc.getDocumentElement())).contains("jan", "apr", "Vraag", "Aanbod");
        // Second series differs by dash pattern as well as colour.
        assertThat(((Element) polylines.item(1)).getAttribute("stroke-dasharray")).isNotEmpty();
    }

    @Test
    void regionMapPlacesMunicipalitiesByTheirCoordinatesWithAreaFollowingTheValue() throws Exception {
        List<MapPoint> region = List.of(
                new MapPoint("Apeldoorn", 52.2158, 5.9639, 40.0),
                new MapPoint("Deventer", 52.2515, 6.1565, 10.0),
                new MapPoint("Hattem", 52.4750, 6.0702, 0.0),
                new MapPoint("Zutphen", 52.1400, 6.1948, null));
        Document doc = parse(SvgCharts.regionMap(spec("m"), region));

        NodeList circles = doc.getElementsByTagName("circle");
        assertThat(circles.getLength()).isEqualTo(4);
        Element apeldoorn = circle(doc, "Apeldoorn");
        Element deventer = circle(doc, "Deventer");
        Element hattem = circle(doc, "Hattem");
        Element zutphen = circle(doc, "Zutphen");
        // West is left, north is up.
        assertThat(num(apeldoorn, "cx")).isLessThan(num(deventer, "cx"));
        assertThat(num(hattem, "cy")).isLessThan(num(deventer, "cy"));
        assertThat(num(zutphen, "cy")).isGreaterThan(num(deventer, "cy"));
        // Area is proportional: four times the value, twice the radius.
        assertThat(num(apeldoorn, "r") / num(deventer, "r")).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(zutphen.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(texts(doc.getDocumentElement())).contains("Apeldoorn", "40", "—", "10 km");
    }

    @Test
    void seriesMustHaveOneValuePerCategory() {
        assertThatThrownBy(() -> SvgCharts.bars(spec("l"), List.of("a", "b"), List.of(new Series("s", List.of(1.0)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartSpec("1 bad id", "t", "d", "v", "e", DUTCH)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Double> barWidths(Document doc) {
        List<Double> widths = new ArrayList<>();
        NodeList rects = doc.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if ("bar".equals(r.getAttribute("class"))) {
                widths.add(num(r, "width"));
            }
        }
        return widths;
    }

    private static List<String> texts(Element svg) {
        return elements(svg, "text").stream().map(Element::getTextContent).toList();
    }

    private static List<String> titles(Element svg) {
        return elements(svg, "title").stream().map(Element::getTextContent).toList();
    }

    private static List<Element> elements(Element root, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element circle(Document doc, String label) {
        return elements(doc.getDocumentElement(), "circle").stream()
                .filter(c -> c.getElementsByTagName("title").item(0).getTextContent().startsWith(label + ":"))
                .findFirst().orElseThrow();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static double[] point(org.w3c.dom.Node polyline, int index) {
        String[] xy = ((Element) polyline).getAttribute("points").split(" ")[index].split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }
}
