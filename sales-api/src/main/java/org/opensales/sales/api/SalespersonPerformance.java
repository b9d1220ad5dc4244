package org.opensales.sales.api;

import java.math.BigDecimal;

/**
 * One salesperson's figures for a period, against their targets.
 *
 * @param salespersonId    the salesperson's user id
 * @param open             their open items (PROSPECT and QUOTE) in the filter
 * @param weightedPipeline the weighted amount of those open items
 * @param won              their items won (order date) within the period
 * @param lost             their items lost (lost date) within the period
 * @param targetOrders     the sum of their monthly order targets over the period
 * @param targetRevenue    the sum of their monthly revenue targets over the period
 */
public record SalespersonPerformance(String salespersonId, Outcome open, BigDecimal weightedPipeline, Outcome won,
                                     Outcome lost, long targetOrders, BigDecimal targetRevenue) {
}
