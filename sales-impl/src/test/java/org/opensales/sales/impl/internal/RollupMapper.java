package org.opensales.sales.impl.internal;

import org.apache.ibatis.annotations.Param;

/**
 * Rebuilds tables {@code sales_rollup} and {@code sales_rollup_month} from {@code sales_item}; the SQL is
 * in RollupMapper.xml. The upserts of each write are {@link RollupWriter}'s.
 */
interface RollupMapper {

    /** Empties {@code sales_rollup}. */
    void clearItemRows();

    /** Empties {@code sales_rollup_month}. */
    void clearMonthRows();

    /**
     * Sums all of {@code sales_item} into {@code sales_rollup}.
     *
     * @param perSalesperson true for the rows of each salesperson, false for those of all salespeople
     */
    void fillItemRows(@Param("perSalesperson") boolean perSalesperson);

    /**
     * Sums all of {@code sales_item} into {@code sales_rollup_month}.
     *
     * @param perSalesperson true for the rows of each salesperson, false for those of all salespeople
     */
    void fillMonthRows(@Param("perSalesperson") boolean perSalesperson);
}
