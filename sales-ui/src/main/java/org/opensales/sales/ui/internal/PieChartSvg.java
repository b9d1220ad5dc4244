package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Draws a pie chart as SVG: one slice per row in proportion to its value, and a legend that names
 * every row with its value and share.
 */
final class PieChartSvg {

    static final double CX = 110;
    static final double CY = 110;
    static final double R = 100;
    private static final int LEGEND_X = 240;
    private static final int LINE = 20;

    private final String title;
    private final Function<BigDecimal, String> valueText;

    /**
     * @param title     the chart's accessible title
     * @param valueText formats a value for the legend
     */
    PieChartSvg(String title, Function<BigDecimal, String> valueText) {
        this.title = title;
        this.valueText = valueText;
    }

    String render(List<ChartRow> rows) {
        int height = (int) Math.max(2 * CY, 20 + LINE * rows.size());
        StringBuilder svg = Svg.start(560, height, title);
        double total = rows.stream().mapToDouble(row -> row.value(0)).sum();
        if (total <= 0) {
            svg.append("<circle class=\"empty\" cx=\"").append(Svg.num(CX)).append("\" cy=\"").append(Svg.num(CY))
                    .append("\" r=\"").append(Svg.num(R)).append("\" fill=\"#eeeeee\" stroke=\"#cccccc\"/>");
        }
        double start = 0;
        for (int i = 0; i < rows.size(); i++) {
            double share = total <= 0 ? 0 : rows.get(i).value(0) / total;
            if (share > 0) {
                slice(svg, i, start, share, rows.get(i).label());
            }
            start += share;
            legend(svg, i, rows.get(i), share);
        }
        return Svg.end(svg);
    }

    private void slice(StringBuilder svg, int n, double start, double share, String label) {
        svg.append("<g class=\"slice\"><title>").append(Svg.escape(label)).append("</title>");
        if (share >= 0.99999) {
            svg.append("<circle cx=\"").append(Svg.num(CX)).append("\" cy=\"").append(Svg.num(CY)).append("\" r=\"")
                    .append(Svg.num(R)).append("\" fill=\"").append(Svg.colour(n)).append("\"/></g>");
            return;
        }
        double a0 = 2 * Math.PI * start;
        double a1 = 2 * Math.PI * (start + share);
        svg.append("<path d=\"M").append(Svg.num(CX)).append(',').append(Svg.num(CY))
                .append(" L").append(point(a0))
                .append(" A").append(Svg.num(R)).append(',').append(Svg.num(R)).append(" 0 ")
                .append(share > 0.5 ? 1 : 0).append(",1 ").append(point(a1))
                .append(" Z\" fill=\"").append(Svg.colour(n)).append("\" stroke=\"#ffffff\"/></g>");
    }

    /** @return the point on the circle at an angle measured clockwise from twelve o'clock */
    private static String point(double angle) {
        return Svg.num(CX + R * Math.sin(angle)) + "," + Svg.num(CY - R * Math.cos(angle));
    }

    private void legend(StringBuilder svg, int n, ChartRow row, double share) {
        int y = 20 + n * LINE;
        svg.append("<rect x=\"").append(LEGEND_X).append("\" y=\"").append(y - 11).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(Svg.colour(n)).append("\"/>");
        String text = Svg.shorten(row.label(), 30) + ": " + valueText.apply(row.values().get(0))
                + " (" + Math.round(share * 100) + "%)";
        Svg.text(svg, LEGEND_X + 18, y, "start", text);
    }
}
