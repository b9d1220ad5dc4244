package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {

    private static final String EVIL = "<script>alert('x')</script> & \"Co\"";

    @Test
    void aBarChartIsWellFormedWithATitleAndEscapedNames() throws Exception {
        String svg = new BarChartSvg("Per <salesperson>", List.of("Amount", "Weighted"), BigDecimal::toPlainString)
                .render(List.of(ChartRow.of(EVIL, new BigDecimal("100"), new BigDecimal("50"))));

        Document doc = parse(svg);

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(text(doc, "/*[local-name()='svg']/*[local-name()='title']")).isEqualTo("Per <salesperson>");
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(texts(doc)).anyMatch(t -> t.startsWith("<script>alert('x')"));
        assertThat(texts(doc)).contains("Amount", "Weighted", "100", "50", "0", "25", "75");
    }

    @Test
    void barLengthsAreInProportionToTheLargestValue() throws Exception {
        String svg = new BarChartSvg("t", List.of("Reached"), BigDecimal::toPlainString).render(List.of(
                ChartRow.of("a", new BigDecimal("40")), ChartRow.of("b", new BigDecimal("10")),
                ChartRow.of("c", BigDecimal.ZERO), ChartRow.of("d", new BigDecimal("20"))));

        List<Double> widths = barWidths(parse(svg));

        assertThat(widths).containsExactly((double) BarChartSvg.PLOT_WIDTH, BarChartSvg.PLOT_WIDTH / 4.0, 0.0,
                BarChartSvg.PLOT_WIDTH / 2.0);
    }

    @Test
    void theValueAxisEndsAtARoundNumberAndCountsGetWholeTicks() throws Exception {
        BarChartSvg amounts = new BarChartSvg("t", List.of("x"), BigDecimal::toPlainString);
        BarChartSvg counts = new BarChartSvg("t", List.of("x"), v -> String.valueOf(v.longValue()), true);

        assertThat(amounts.axisMax(45000)).isEqualTo(60000);
        assertThat(amounts.axisMax(68000)).isEqualTo(80000);
        assertThat(amounts.axisMax(0)).isZero();
        assertThat(counts.axisMax(7)).isEqualTo(8);
        assertThat(counts.axisMax(3)).isEqualTo(4);
        List<Double> widths = barWidths(parse(counts.render(List.of(ChartRow.of("a", new BigDecimal("6"))))));
        assertThat(widths).containsExactly(BarChartSvg.PLOT_WIDTH * 6 / 8.0);
    }

    @Test
    void axisLabelsAreShortSoTheyDoNotRunIntoEachOther() {
        assertThat(BarChartSvg.tick(new BigDecimal("0"))).isEqualTo("0");
        assertThat(BarChartSvg.tick(new BigDecimal("8"))).isEqualTo("8");
        assertThat(BarChartSvg.tick(new BigDecimal("800000"))).isEqualTo("800k");
        assertThat(BarChartSvg.tick(new BigDecimal("1600000"))).isEqualTo("1.6M");
        assertThat(BarChartSvg.tick(new BigDecimal("2400000.00"))).isEqualTo("2.4M");
        assertThat(BarChartSvg.tick(new BigDecimal("12500"))).isEqualTo("12.5k");
    }

    @Test
    void aBarChartWithoutRowsOrValuesIsStillAnImage() throws Exception {
        assertThat(barWidths(parse(new BarChartSvg("t", List.of("x"), BigDecimal::toPlainString).render(List.of()))))
                .isEmpty();
        assertThat(barWidths(parse(new BarChartSvg("t", List.of("x"), BigDecimal::toPlainString)
                .render(List.of(ChartRow.of("a", BigDecimal.ZERO), ChartRow.of("b", (BigDecimal) null)))))).containsOnly(0.0);
    }

    @Test
    void aPieSliceCoversItsShareOfTheCircle() throws Exception {
        String svg = new PieChartSvg("Phases", BigDecimal::toPlainString).render(List.of(
                ChartRow.of("Quarter", new BigDecimal("1")), ChartRow.of("None", BigDecimal.ZERO),
                ChartRow.of("Rest", new BigDecimal("3"))));

        Document doc = parse(svg);
        NodeList paths = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='path']", doc, XPathConstants.NODESET);

        assertThat(paths.getLength()).isEqualTo(2);
        String quarter = ((Element) paths.item(0)).getAttribute("d");
        String rest = ((Element) paths.item(1)).getAttribute("d");
        assertThat(quarter).isEqualTo("M110.0,110.0 L110.0,10.0 A100.0,100.0 0 0,1 210.0,110.0 Z");
        assertThat(rest).isEqualTo("M110.0,110.0 L210.0,110.0 A100.0,100.0 0 1,1 110.0,10.0 Z");
        assertThat(texts(doc)).contains("Quarter: 1 (25%)", "None: 0 (0%)", "Rest: 3 (75%)");
    }

    @Test
    void aPieWithOneSliceIsAFullCircleAndAnEmptyPieIsGrey() throws Exception {
        String full = new PieChartSvg("t", BigDecimal::toPlainString).render(List.of(ChartRow.of("All", BigDecimal.TEN)));
        String empty = new PieChartSvg("t", BigDecimal::toPlainString).render(List.of(ChartRow.of("x", BigDecimal.ZERO)));

        assertThat(count(parse(full), "//*[local-name()='g']/*[local-name()='circle']")).isEqualTo(1);
        assertThat(count(parse(empty), "//*[local-name()='circle'][@class='empty']")).isEqualTo(1);
    }

    @Test
    void aPieEscapesNamesAndDropsControlCharacters() throws Exception {
        String svg = new PieChartSvg(EVIL, BigDecimal::toPlainString)
                .render(List.of(ChartRow.of(EVIL + "\u0001", BigDecimal.ONE)));

        Document doc = parse(svg);

        assertThat(svg).doesNotContain("<script");
        assertThat(text(doc, "/*[local-name()='svg']/*[local-name()='title']")).isEqualTo(EVIL);
        assertThat(texts(doc)).anyMatch(t -> t.startsWith("<script>") && !t.contains("\u0001"));
    }

    @Test
    void escapesAllXmlSpecialCharacters() {
        assertThat(Svg.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
        assertThat(Svg.escape(null)).isEmpty();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Double> barWidths(Document doc) throws Exception {
        NodeList bars = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='rect'][@class='bar']", doc, XPathConstants.NODESET);
        return java.util.stream.IntStream.range(0, bars.getLength())
                .mapToObj(i -> Double.parseDouble(((Element) bars.item(i)).getAttribute("width"))).toList();
    }

    private static List<String> texts(Document doc) throws Exception {
        NodeList texts = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='text']", doc, XPathConstants.NODESET);
        return java.util.stream.IntStream.range(0, texts.getLength())
                .mapToObj(i -> texts.item(i).getTextContent()).toList();
    }

    private static String text(Document doc, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
    }

    private static int count(Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
                .getLength();
    }
}
