package org.opensales.sales.impl.internal;

import java.util.List;

import org.apache.ibatis.annotations.Param;

/** Appends to and reads table {@code sales_history}; the SQL is in SalesHistoryMapper.xml. */
interface SalesHistoryMapper {

    void append(@Param("itemId") long itemId, @Param("userId") String userId, @Param("rows") List<HistoryRow> rows);

    List<HistoryRow> ofItem(long itemId);

    /** @return the phase the item had before it was lost the last time, or null */
    String phaseBeforeLost(long itemId);
}
