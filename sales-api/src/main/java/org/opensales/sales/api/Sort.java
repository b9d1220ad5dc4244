package org.opensales.sales.api;

import java.util.Objects;

/**
 * One sort key of a {@link SalesService#find} call.
 *
 * @param field     the field to sort by
 * @param ascending true for ascending, false for descending
 */
public record Sort(SortField field, boolean ascending) {

    /** Checks the invariants. */
    public Sort {
        Objects.requireNonNull(field, "field");
    }

    /**
     * An ascending sort key.
     *
     * @param field the field
     * @return the key
     */
    public static Sort asc(SortField field) {
        return new Sort(field, true);
    }

    /**
     * A descending sort key.
     *
     * @param field the field
     * @return the key
     */
    public static Sort desc(SortField field) {
        return new Sort(field, false);
    }
}
