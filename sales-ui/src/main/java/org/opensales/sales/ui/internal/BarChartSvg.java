package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Draws a horizontal bar chart as SVG: one group of bars per row, one bar per series, lengths in
 * proportion to the value on an axis that ends at a round number just above the largest value,
 * each bar labelled with its value, and a legend when there is more than one series.
 */
final class BarChartSvg {

    static final int WIDTH = 680;
    static final int LABEL_WIDTH = 160;
    static final int PLOT_WIDTH = 400;
    private static final int BAR = 14;
    private static final int GAP = 10;
    private static final int TOP = 30;
    private static final int TICKS = 4;

    private final String title;
    private final List<String> series;
    private final Function<BigDecimal, String> valueText;
    private final boolean counts;

    /**
     * @param title     the chart's accessible title
     * @param series    the name of each series, in the order of {@link ChartRow#values()}
     * @param valueText formats a value for the bar labels and the axis
     */
    BarChartSvg(String title, List<String> series, Function<BigDecimal, String> valueText) {
        this(title, series, valueText, false);
    }

    /**
     * @param counts true when the values are whole numbers, so the axis gets whole ticks
     */
    BarChartSvg(String title, List<String> series, Function<BigDecimal, String> valueText, boolean counts) {
        this.counts = counts;
        this.title = title;
        this.series = List.copyOf(series);
        this.valueText = valueText;
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    String render(List<ChartRow> rows) {
        int group = series.size() * BAR + GAP;
        int plotHeight = Math.max(1, rows.size()) * group;
        StringBuilder svg = Svg.start(WIDTH, TOP + plotHeight + 40, title);
        legend(svg);
        double max = axisMax(rows.stream().flatMapToDouble(row -> IntStream.range(0, series.size())
                .mapToDouble(row::value)).max().orElse(0));
        axis(svg, max, TOP + plotHeight);
        for (int r = 0; r < rows.size(); r++) {
            ChartRow row = rows.get(r);
            int y = TOP + r * group + GAP / 2;
            Svg.text(svg, LABEL_WIDTH - 8, y + series.size() * BAR / 2.0 + 4, "end", Svg.shorten(row.label(), 24));
            for (int s = 0; s < series.size(); s++) {
                double length = max <= 0 ? 0 : PLOT_WIDTH * row.value(s) / max;
                int top = y + s * BAR;
                svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(top)
                        .append("\" width=\"").append(Svg.num(length)).append("\" height=\"").append(BAR - 2)
                        .append("\" fill=\"").append(Svg.colour(s)).append("\"><title>")
                        .append(Svg.escape(row.label() + ", " + series.get(s) + ": " + valueText.apply(row.values().get(s))))
                        .append("</title></rect>");
                Svg.text(svg, LABEL_WIDTH + length + 4, top + BAR - 3, "start", valueText.apply(row.values().get(s)));
            }
        }
        return Svg.end(svg);
    }

    /**
     * @return the end of the value axis: the largest value rounded up to four round steps, whole
     *         steps for counts
     */
    double axisMax(double largest) {
        if (largest <= 0) {
            return 0;
        }
        double raw = largest / TICKS;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = DoubleStream.of(1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10).map(f -> f * power)
                .filter(v -> v >= raw * (1 - 1e-9)).findFirst().orElse(10 * power);
        return (counts ? Math.ceil(step) : step) * TICKS;
    }

    /**
     * @return an axis label short enough not to run into its neighbours: {@code 800k}, {@code 1.6M};
     *         whole numbers for counts
     */
    static String tick(BigDecimal value) {
        BigDecimal abs = value.abs();
        if (abs.compareTo(MILLION) >= 0) {
            return compact(value.divide(MILLION)) + "M";
        }
        if (abs.compareTo(THOUSAND) >= 0) {
            return compact(value.divide(THOUSAND)) + "k";
        }
        return compact(value);
    }

    private static String compact(BigDecimal value) {
        return value.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private void legend(StringBuilder svg) {
        if (series.size() < 2) {
            return;
        }
        int x = LABEL_WIDTH;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                    .append(Svg.colour(s)).append("\"/>");
            Svg.text(svg, x + 16, 19, "start", series.get(s));
            x += 30 + 8 * series.get(s).length();
        }
    }

    private void axis(StringBuilder svg, double max, int bottom) {
        svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(LABEL_WIDTH).append("\" y2=\"").append(bottom).append("\" stroke=\"#888888\"/>")
                .append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(LABEL_WIDTH + PLOT_WIDTH).append("\" y2=\"").append(bottom).append("\" stroke=\"#888888\"/>");
        for (int t = 0; t <= TICKS; t++) {
            double x = LABEL_WIDTH + PLOT_WIDTH * t / (double) TICKS;
            BigDecimal value = BigDecimal.valueOf(max * t / TICKS);
            svg.append("<line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(bottom).append("\" x2=\"")
                    .append(Svg.num(x)).append("\" y2=\"").append(bottom + 5).append("\" stroke=\"#888888\"/>");
            Svg.text(svg, x, bottom + 18, t == 0 ? "start" : t == TICKS ? "end" : "middle", tick(value));
        }
    }
}
