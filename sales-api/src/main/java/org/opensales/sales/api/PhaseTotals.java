package org.opensales.sales.api;

import java.math.BigDecimal;

/**
 * The count and value of the items in one phase.
 *
 * @param phase          the phase
 * @param count          how many items are in it
 * @param amount         the sum of their amounts
 * @param weightedAmount the sum of amount x probability / 100
 */
public record PhaseTotals(Phase phase, long count, BigDecimal amount, BigDecimal weightedAmount) {
}
