package org.opensales.sales.impl.internal;

import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.opensales.sales.api.Sort;

/** Reads and writes table {@code sales_item}; the SQL is in SalesItemMapper.xml beside this type. */
interface SalesItemMapper {

    void insert(SalesItemRow row);

    SalesItemRow findById(long id);

    boolean exists(long id);

    /** @return 1 when saved, 0 when the id or the version did not match */
    int update(SalesItemRow row);

    List<SalesItemRow> find(@Param("criteria") ItemCriteria criteria, @Param("sort") List<Sort> sort,
                            @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("criteria") ItemCriteria criteria);
}
