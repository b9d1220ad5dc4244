package org.opensales.sales.api;

/**
 * What became of a submitted lead.
 *
 * @param status    qualified, refused or a duplicate of an earlier submission
 * @param reason    why the lead was refused; empty otherwise
 * @param contactId the contact the lead was matched with or registered as; 0 when refused
 * @param itemId    the sales item created for the lead; 0 when refused
 */
public record LeadOutcome(Status status, String reason, long contactId, long itemId) {

    /** The kinds of outcome. */
    public enum Status {
        /** The lead qualified: it is in the address book with a PROSPECT sales item. */
        QUALIFIED,
        /** The lead is not sales-ready; nothing was written. */
        REFUSED,
        /** The lead id was submitted before; the earlier contact and item are returned, nothing new. */
        DUPLICATE
    }
}
