package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.util.List;

import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.PhaseTotals;

/** The open, won and lost sums of a report, with the summed cycle days of won items that have both dates. */
final class OutcomeRow {

    long openCount;
    BigDecimal openAmount;
    BigDecimal weightedPipeline;
    long wonCount;
    BigDecimal wonAmount;
    long lostCount;
    BigDecimal lostAmount;
    long cycleDays;
    long cycleItems;

    GeneralReport toReport(List<PhaseTotals> phases, long count, BigDecimal amount, BigDecimal weightedAmount) {
        Outcome won = new Outcome(wonCount, Figures.amount(wonAmount));
        return new GeneralReport(phases, count, amount, weightedAmount,
                new Outcome(openCount, Figures.amount(openAmount)), Figures.amount(weightedPipeline), won,
                new Outcome(lostCount, Figures.amount(lostAmount)), Figures.winRate(wonCount, lostCount),
                Figures.average(won.amount(), wonCount, 2),
                Figures.average(BigDecimal.valueOf(cycleDays), cycleItems, 1));
    }
}
