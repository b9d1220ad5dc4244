package org.opensales.sales.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of the report block's first tab, "General information". Amounts are summed over all
 * currencies as they are stored.
 *
 * @param phases            count and value per phase, one entry for every phase in lifecycle order
 * @param count             the number of items
 * @param amount            the total amount
 * @param weightedAmount    the sum of amount x probability / 100 over all items
 * @param open              the open pipeline: PROSPECT and QUOTE items
 * @param weightedPipeline  the weighted open pipeline: sum of amount x probability / 100 over open items
 * @param won               ORDER and INVOICE items
 * @param lost              LOST items
 * @param winRatePercent    won / (won + lost) x 100, one decimal; null when nothing is closed
 * @param averageOrderValue the won amount divided by the won count, two decimals; null when nothing is won
 * @param averageCycleDays  the average number of days from the prospect date to the order date of
 *                          won items, one decimal; null when no won item has both dates
 */
public record GeneralReport(List<PhaseTotals> phases, long count, BigDecimal amount, BigDecimal weightedAmount,
                            Outcome open, BigDecimal weightedPipeline, Outcome won, Outcome lost,
                            BigDecimal winRatePercent, BigDecimal averageOrderValue,
                            BigDecimal averageCycleDays) {

    /** Freezes the list. */
    public GeneralReport {
        phases = List.copyOf(phases);
    }
}
