package org.opensales.sales.api;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * What a salesperson should achieve in one month, as a sales manager sets it.
 *
 * @param salespersonId the salesperson's user id
 * @param month         the month
 * @param orders        the number of orders (won items) to win, at least 0
 * @param revenue       the won amount to reach, at least 0
 */
public record SalesTarget(String salespersonId, YearMonth month, int orders, BigDecimal revenue) {
}
