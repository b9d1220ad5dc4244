package org.opensales.sales.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opensales.sales.api.Phase;

/**
 * One planned demo sales item.
 *
 * @param title             what is sold
 * @param contactId         the customer
 * @param salespersonId     the owner
 * @param phase             the phase the item ends in
 * @param expectedCloseDate the expected decision day
 * @param probability       the chance of an order while the item is a prospect
 * @param amount            the amount in euros
 * @param source            where the lead came from
 */
record DemoItem(String title, long contactId, String salespersonId, Phase phase, LocalDate expectedCloseDate,
                int probability, BigDecimal amount, String source) {
}
