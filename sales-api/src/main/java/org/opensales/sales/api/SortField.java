package org.opensales.sales.api;

/**
 * The fields sales items can be sorted by. The implementation maps each to a known column, so no
 * caller text ever reaches the SQL.
 */
public enum SortField {
    /** By id, the order of creation. */
    ID,
    /** By title. */
    TITLE,
    /** By phase, in lifecycle order. */
    PHASE,
    /** By probability. */
    PROBABILITY,
    /** By amount. */
    AMOUNT,
    /** By expected close date. */
    EXPECTED_CLOSE_DATE,
    /** By source. */
    SOURCE,
    /** By the time of the last change. */
    UPDATED_AT
}
