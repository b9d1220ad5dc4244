package org.opensales.sales.impl.internal;

/**
 * Rebuilds tables {@code sales_rollup} and {@code sales_rollup_month} from {@code sales_item}; the SQL is
 * in RollupMapper.xml. The upserts of each write are {@link RollupWriter}'s.
 */
interface RollupMapper {

    /** Empties {@code sales_rollup}. */
    void clearItemRows();

    /** Empties {@code sales_rollup_month}. */
    void clearMonthRows();

    /** Sums all of {@code sales_item} into an empty {@code sales_rollup}. */
    void fillItemRows();

    /** Sums all of {@code sales_item} into an empty {@code sales_rollup_month}. */
    void fillMonthRows();
}
