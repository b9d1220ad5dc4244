package org.opensales.sales.impl.internal;

import org.apache.ibatis.annotations.Param;

/**
 * The report queries and the count over tables {@code sales_rollup} and {@code sales_rollup_month};
 * the SQL is in RollupReportMapper.xml. Only for criteria that {@link ItemCriteria#fitsRollups()}
 * allows; forecast and performance further need {@link ItemCriteria#fitsMonthRollups()}.
 */
interface RollupReportMapper extends ReportQueries {

    /** @return how many items match */
    long count(@Param("criteria") ItemCriteria criteria);
}
