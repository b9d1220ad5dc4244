package org.opensales.sales.impl.internal;

import java.util.List;

import org.apache.ibatis.annotations.Param;

/** The report queries; the SQL is in SalesReportMapper.xml beside this type. */
interface SalesReportMapper {

    /** @return one row per phase with items, then the grand total with a null key */
    List<TotalsRow> totalsPerPhase(@Param("criteria") ItemCriteria criteria);

    /** @return one row per salesperson with items, ordered by salesperson id */
    List<TotalsRow> totalsPerSalesperson(@Param("criteria") ItemCriteria criteria);
}
