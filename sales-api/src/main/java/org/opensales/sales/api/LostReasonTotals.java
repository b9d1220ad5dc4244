package org.opensales.sales.api;

import java.math.BigDecimal;

/**
 * The lost items of one reason.
 *
 * @param reason the lost reason; empty for items lost without one
 * @param count  how many items
 * @param amount their total amount
 */
public record LostReasonTotals(String reason, long count, BigDecimal amount) {
}
