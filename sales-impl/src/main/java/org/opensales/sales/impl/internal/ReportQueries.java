package org.opensales.sales.impl.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Param;

/**
 * The report queries, answered over {@code sales_item} by {@link SalesReportMapper} and over the rollup
 * tables by {@link RollupReportMapper}, with the same rows for the criteria the rollups can serve.
 */
interface ReportQueries {

    /** @return one row per phase with items, then the grand total with a null key */
    List<TotalsRow> totalsPerPhase(@Param("criteria") ItemCriteria criteria);

    /** @return one row per salesperson with items, ordered by salesperson id */
    List<TotalsRow> totalsPerSalesperson(@Param("criteria") ItemCriteria criteria);

    /** @return the open, won and lost sums and the cycle time sums, zeros when nothing matches */
    OutcomeRow outcomes(@Param("criteria") ItemCriteria criteria);

    /**
     * @param targetSalespeople the salespeople whose targets count; empty for all
     * @return one row per salesperson with items in the criteria or targets in the period, by id
     */
    List<PerformanceRow> performance(@Param("criteria") ItemCriteria criteria, @Param("firstDay") LocalDate firstDay,
                                     @Param("lastDay") LocalDate lastDay,
                                     @Param("targetSalespeople") List<String> targetSalespeople);

    /** @return one row per source with items, by won amount (largest first), then source */
    List<SourceRow> sources(@Param("criteria") ItemCriteria criteria);

    /**
     * @param firstMonth the first month as yyyy-MM
     * @param lastMonth  the last month as yyyy-MM
     * @return one row per month (key yyyy-MM) of the range with open items, in no particular order
     */
    List<TotalsRow> forecast(@Param("criteria") ItemCriteria criteria, @Param("firstMonth") String firstMonth,
                             @Param("lastMonth") String lastMonth);

    /** @return how many items have each phase date */
    FunnelRow funnel(@Param("criteria") ItemCriteria criteria);

    /** @return one row per lost reason (key; empty for none) of lost items, largest count first */
    List<TotalsRow> lostReasons(@Param("criteria") ItemCriteria criteria);
}
