package org.opensales.sales.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of the report block's first tab, "General information".
 *
 * @param phases         count and value per phase, one entry for every phase in lifecycle order
 * @param count          the number of items
 * @param amount         the total amount
 * @param weightedAmount the weighted total: the sum of amount x probability / 100
 */
public record GeneralReport(List<PhaseTotals> phases, long count, BigDecimal amount,
                            BigDecimal weightedAmount) {

    /** Freezes the list. */
    public GeneralReport {
        phases = List.copyOf(phases);
    }
}
