package org.opensales.sales.impl.internal;

import java.util.List;

import org.apache.ibatis.annotations.Param;

/** Writes tables {@code sales_rollup} and {@code sales_rollup_month}; the SQL is in RollupMapper.xml. */
interface RollupMapper {

    /** Adds the deltas to their rows of {@code sales_rollup}, creating missing rows. */
    void upsertItemRows(@Param("rows") List<RollupDelta> rows);

    /** Adds the deltas to their rows of {@code sales_rollup_month}, creating missing rows. */
    void upsertMonthRows(@Param("rows") List<RollupDelta> rows);

    /** Empties {@code sales_rollup}. */
    void clearItemRows();

    /** Empties {@code sales_rollup_month}. */
    void clearMonthRows();

    /** Sums all of {@code sales_item} into an empty {@code sales_rollup}. */
    void fillItemRows();

    /** Sums all of {@code sales_item} into an empty {@code sales_rollup_month}. */
    void fillMonthRows();
}
