package org.opensales.sales.impl.internal;

import org.apache.ibatis.session.SqlSession;

/**
 * Recomputes the report rollups from {@code sales_item}, for test fixtures that write rows around the
 * service, and as the reference the rollups kept by every write are compared with. Runs in the
 * caller's session; the caller commits. Its mapper is a test's own, added to the session's
 * configuration on first use.
 */
final class RollupRebuild {

    private RollupRebuild() {
    }

    /** Empties both rollup tables and sums every item into them again. */
    static synchronized void run(SqlSession session) {
        if (!session.getConfiguration().hasMapper(RollupMapper.class)) {
            session.getConfiguration().addMapper(RollupMapper.class);
        }
        RollupMapper mapper = session.getMapper(RollupMapper.class);
        mapper.clearItemRows();
        mapper.clearMonthRows();
        mapper.fillItemRows(true);
        mapper.fillItemRows(false);
        mapper.fillMonthRows(true);
        mapper.fillMonthRows(false);
    }
}
