package org.opensales.sales.impl.internal;

import java.math.BigDecimal;

/** One group of a report query: its key (a phase or a salesperson id) and its sums. */
final class TotalsRow {

    String groupKey;
    long itemCount;
    BigDecimal amount;
    BigDecimal weightedAmount;
}
