package org.opensales.sales.api;

/** Which date of a sales item a {@link SalesFilter} period applies to. */
public enum PeriodField {
    /** The day the item was created. */
    CREATED,
    /** The expected close date. */
    EXPECTED_CLOSE,
    /** The day the item was closed: its order date when won, its lost date when lost. */
    CLOSED
}
