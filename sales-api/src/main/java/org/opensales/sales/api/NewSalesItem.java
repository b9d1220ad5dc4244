package org.opensales.sales.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The data for a sales item to create with {@link SalesService#create(NewSalesItem)}.
 *
 * @param title             what is being sold; required, at most 200 characters
 * @param contactId         the contact's id in the host's contact registry; required
 * @param salespersonId     the owning salesperson's user id; required
 * @param phase             the starting phase, PROSPECT, QUOTE, ORDER or INVOICE; null means PROSPECT
 * @param expectedCloseDate the day a decision is expected; may be null
 * @param probability       the chance of an order in percent; null means the phase's default
 * @param amount            the total amount, at least 0 and less than 10^14; null means zero
 * @param currency          the ISO 4217 currency code; null means EUR
 * @param source            the lead's source, a name from the managed list; may be null
 * @param description       a longer description; may be null
 * @param extraContactIds   further contacts involved; may be null
 * @param tags              tags (classifications); may be null
 * @param sharedWith        users who may read the item besides its owner; may be null
 */
public record NewSalesItem(String title, long contactId, String salespersonId, Phase phase,
                           LocalDate expectedCloseDate, Integer probability, BigDecimal amount,
                           String currency, String source, String description, List<Long> extraContactIds,
                           Set<String> tags, Set<String> sharedWith) {

    /**
     * The common case: an item without description, extra contacts, tags or sharing.
     *
     * @param title             what is being sold
     * @param contactId         the contact's id
     * @param salespersonId     the owning salesperson's user id
     * @param phase             the starting phase, or null for PROSPECT
     * @param expectedCloseDate the day a decision is expected, or null
     * @param probability       the probability, or null for the phase's default
     * @param amount            the amount, or null for zero
     * @param currency          the currency code, or null for EUR
     * @param source            the lead's source, or null
     */
    public NewSalesItem(String title, long contactId, String salespersonId, Phase phase,
                        LocalDate expectedCloseDate, Integer probability, BigDecimal amount,
                        String currency, String source) {
        this(title, contactId, salespersonId, phase, expectedCloseDate, probability, amount, currency, source,
                null, null, null, null);
    }
}
