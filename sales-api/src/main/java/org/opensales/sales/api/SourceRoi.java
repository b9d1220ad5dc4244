package org.opensales.sales.api;

import java.math.BigDecimal;

/**
 * The return on one lead source.
 *
 * @param source         the source's name; empty for items without a source
 * @param items          the items from this source
 * @param won            the won ones among them
 * @param winRatePercent won / (won + lost) x 100, one decimal; null when none is closed
 * @param campaignCost   the source's cost from the managed list; zero when unknown
 * @param roiPercent     (won amount - cost) / cost x 100, one decimal; null when the cost is zero
 */
public record SourceRoi(String source, long items, Outcome won, BigDecimal winRatePercent,
                        BigDecimal campaignCost, BigDecimal roiPercent) {
}
