package org.opensales.sales.impl.internal;

import java.math.BigDecimal;

import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.SourceRoi;

/** The sums of one lead source, with its campaign cost (zero when the source is not in the list). */
final class SourceRow {

    String source;
    long itemCount;
    long wonCount;
    BigDecimal wonAmount;
    long lostCount;
    BigDecimal campaignCost;

    SourceRoi toRoi() {
        BigDecimal won = Figures.amount(wonAmount);
        BigDecimal cost = Figures.amount(campaignCost);
        return new SourceRoi(source == null ? "" : source, itemCount, new Outcome(wonCount, won),
                Figures.winRate(wonCount, lostCount), cost, Figures.roi(won, cost));
    }
}
