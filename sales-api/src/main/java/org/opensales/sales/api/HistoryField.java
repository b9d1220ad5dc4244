package org.opensales.sales.api;

/** The fields of a sales item whose every change is kept in its history. */
public enum HistoryField {
    /** The phase; the first entry (from empty) records the creation. */
    PHASE,
    /** The amount. */
    AMOUNT,
    /** The probability. */
    PROBABILITY,
    /** The expected close date. */
    EXPECTED_CLOSE_DATE,
    /** The owning salesperson. */
    SALESPERSON,
    /** The lead source. */
    SOURCE
}
