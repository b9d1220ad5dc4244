package org.opensales.sales.impl.internal;

import org.apache.ibatis.session.SqlSession;

/**
 * Recomputes the report rollups from {@code sales_item}, for rows that were written around the
 * service (a hand-made data fix, a test fixture). Runs in the caller's session; the caller commits.
 */
final class RollupRebuild {

    private RollupRebuild() {
    }

    /** Empties both rollup tables and sums every item into them again. */
    static void run(SqlSession session) {
        RollupMapper mapper = session.getMapper(RollupMapper.class);
        mapper.clearItemRows();
        mapper.clearMonthRows();
        mapper.fillItemRows(true);
        mapper.fillItemRows(false);
        mapper.fillMonthRows(true);
        mapper.fillMonthRows(false);
    }
}
