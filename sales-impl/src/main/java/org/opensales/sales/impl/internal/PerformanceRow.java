package org.opensales.sales.impl.internal;

import java.math.BigDecimal;

import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.SalespersonPerformance;

/** One salesperson's sums for a period, with their targets of its months. */
final class PerformanceRow {

    String salespersonId;
    long openCount;
    BigDecimal openAmount;
    BigDecimal weightedPipeline;
    long wonCount;
    BigDecimal wonAmount;
    long lostCount;
    BigDecimal lostAmount;
    long targetOrders;
    BigDecimal targetRevenue;

    SalespersonPerformance toPerformance() {
        return new SalespersonPerformance(salespersonId, new Outcome(openCount, Figures.amount(openAmount)),
                Figures.amount(weightedPipeline), new Outcome(wonCount, Figures.amount(wonAmount)),
                new Outcome(lostCount, Figures.amount(lostAmount)), targetOrders, Figures.amount(targetRevenue));
    }
}
