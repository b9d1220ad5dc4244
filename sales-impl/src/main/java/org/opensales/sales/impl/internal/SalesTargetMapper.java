package org.opensales.sales.impl.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code sales_target}; the SQL is in SalesTargetMapper.xml beside this type. */
interface SalesTargetMapper {

    /**
     * @param firstMonth    the first day of the first month
     * @param lastMonth     the first day of the last month
     * @param salespersonId the only salesperson whose targets to read; null for all
     * @return the targets by month, then salesperson
     */
    List<TargetRow> targets(@Param("firstMonth") LocalDate firstMonth, @Param("lastMonth") LocalDate lastMonth,
                            @Param("salespersonId") String salespersonId);

    TargetRow target(@Param("salespersonId") String salespersonId, @Param("month") LocalDate month);

    /** Inserts the target, or replaces the figures of the one stored for that salesperson and month. */
    void save(TargetRow target);
}
