package org.opensales.sales.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The data for a sales item to create with {@link SalesService#create(NewSalesItem)}.
 *
 * @param title             what is being sold; required, at most 200 characters
 * @param contactId         the contact's id in the host's contact registry; required
 * @param salespersonId     the owning salesperson's user id; required
 * @param phase             the starting phase; null means PROSPECT
 * @param expectedCloseDate the day a decision is expected; may be null
 * @param probability       the chance of an order in percent; null means the phase's default
 * @param amount            the total amount, at least 0 and less than 10^14; null means zero
 * @param currency          the ISO 4217 currency code; null means EUR
 * @param source            the lead's source; may be null
 */
public record NewSalesItem(String title, long contactId, String salespersonId, Phase phase,
                           LocalDate expectedCloseDate, Integer probability, BigDecimal amount,
                           String currency, String source) {
}
