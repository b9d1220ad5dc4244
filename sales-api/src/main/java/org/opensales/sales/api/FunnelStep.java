package org.opensales.sales.api;

import java.math.BigDecimal;

/**
 * One step of the sales funnel: how many items reached a phase.
 *
 * @param phase                     PROSPECT, QUOTE, ORDER or INVOICE
 * @param reached                   the items that reached the phase (its phase date is set)
 * @param conversionFromPreviousPercent reached / reached of the previous step x 100, one decimal; null
 *                                  for the first step or when the previous step is zero
 */
public record FunnelStep(Phase phase, long reached, BigDecimal conversionFromPreviousPercent) {
}
