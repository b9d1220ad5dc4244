package org.opensales.sales.api;

/**
 * The phase of a sales item: PROSPECT, then QUOTE, ORDER and INVOICE; LOST can follow any open phase.
 */
public enum Phase {
    /** A qualified lead that sales works on; no quote yet. */
    PROSPECT,
    /** A quote has been sent. */
    QUOTE,
    /** The customer placed the order: won. */
    ORDER,
    /** The order has been invoiced: won. */
    INVOICE,
    /** The customer chose not to buy. */
    LOST;

    /**
     * Tells whether an item in this phase still counts in the open pipeline.
     *
     * @return true for PROSPECT and QUOTE
     */
    public boolean isOpen() {
        return this == PROSPECT || this == QUOTE;
    }

    /**
     * Tells whether an item in this phase counts as won.
     *
     * @return true for ORDER and INVOICE
     */
    public boolean isWon() {
        return this == ORDER || this == INVOICE;
    }
}
