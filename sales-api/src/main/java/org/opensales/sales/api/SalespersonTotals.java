package org.opensales.sales.api;

import java.math.BigDecimal;

/**
 * The count and value of one salesperson's items, as shown in the footer of their block.
 *
 * @param salespersonId  the salesperson's user id
 * @param count          how many items they have
 * @param amount         the sum of the amounts
 * @param weightedAmount the sum of amount x probability / 100
 */
public record SalespersonTotals(String salespersonId, long count, BigDecimal amount,
                                BigDecimal weightedAmount) {
}
