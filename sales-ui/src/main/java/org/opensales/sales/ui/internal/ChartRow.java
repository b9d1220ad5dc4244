package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One category of a chart: a pie slice or a group of bars.
 *
 * @param label  the category's name, shown as text (escaped by the chart)
 * @param values one value per series, null counting as zero; a pie uses the first
 */
record ChartRow(String label, List<BigDecimal> values) {

    ChartRow {
        values = values.stream().map(v -> v == null ? BigDecimal.ZERO : v).toList();
    }

    static ChartRow of(String label, BigDecimal... values) {
        return new ChartRow(label, Arrays.asList(values));
    }

    /** @return the value of a series as a double, with negative values counting as zero */
    double value(int series) {
        return Math.max(0, values.get(series).doubleValue());
    }
}
