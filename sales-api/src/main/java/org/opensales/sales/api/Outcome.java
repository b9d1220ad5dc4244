package org.opensales.sales.api;

import java.math.BigDecimal;

/**
 * A number of items and their total amount, such as the won items of a report.
 *
 * @param count  how many items
 * @param amount the sum of their amounts
 */
public record Outcome(long count, BigDecimal amount) {
}
