package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Keeps a per-salesperson bar chart readable, and small, with hundreds of salespeople: up to
 * {@link #MAX_BARS} rows are drawn as they are; of more, the ones with the largest values, largest first.
 */
final class ChartTop {

    /** The most rows a per-salesperson chart draws. */
    static final int MAX_BARS = 20;

    private ChartTop() {
    }

    /** @return the rows to draw: all of a few, else the {@link #MAX_BARS} with the largest values */
    static <T> List<T> of(List<T> rows, Function<T, BigDecimal> value) {
        if (rows.size() <= MAX_BARS) {
            return rows;
        }
        Comparator<T> byValue = Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
        return rows.stream().sorted(byValue.reversed()).limit(MAX_BARS).toList();
    }

    /** @return the chart's title, saying how many of how many rows it draws when it leaves some out */
    static String title(Messages messages, Text title, int drawn, int all) {
        return drawn == all ? messages.get(title) : messages.format(Text.CHART_TOP, messages.get(title), drawn, all);
    }
}
