package org.opensales.sales.api;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The open items expected to close in one month.
 *
 * @param month          the month of the expected close date
 * @param count          how many open items
 * @param amount         their total amount
 * @param weightedAmount their weighted amount: sum of amount x probability / 100
 */
public record ForecastMonth(YearMonth month, long count, BigDecimal amount, BigDecimal weightedAmount) {
}
