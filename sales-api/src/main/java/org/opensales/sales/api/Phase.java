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
     * Tells whether an item may move from this phase to another by an update. Items move forward
     * through PROSPECT, QUOTE, ORDER and INVOICE (a step may be skipped, as when a prospect orders
     * without a quote), and any open item may be lost. Nothing moves back; a lost item comes back
     * only through {@link SalesService#reopen(long, long)}.
     *
     * @param target the phase to move to
     * @return true when the move is allowed; false for staying in the same phase
     */
    public boolean canMoveTo(Phase target) {
        if (target == LOST) {
            return isOpen();
        }
        return this != LOST && target.ordinal() > ordinal();
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
