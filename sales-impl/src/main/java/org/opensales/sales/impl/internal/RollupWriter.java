package org.opensales.sales.impl.internal;

import java.util.List;
import java.util.function.Consumer;

import org.apache.ibatis.session.SqlSession;
import org.opensales.sales.api.SalesItem;

/**
 * Keeps the report rollups in step with {@code sales_item}: applies the changes of a write in the
 * caller's session, so they commit or roll back with it. Rows are upserted in the fixed key order of
 * {@link RollupDeltas}, the item table before the month table.
 */
final class RollupWriter {

    private static final int ROWS_PER_STATEMENT = 500;

    private final RollupMapper mapper;

    RollupWriter(SqlSession session) {
        this.mapper = session.getMapper(RollupMapper.class);
    }

    /**
     * @param before the item as it was, or null when it is new
     * @param after  the item as written
     */
    void write(SalesItem before, SalesItem after) {
        RollupDeltas deltas = new RollupDeltas();
        deltas.subtract(before);
        deltas.add(after);
        write(deltas);
    }

    /** Applies the collected changes of any number of writes, one upsert per rollup row. */
    void write(RollupDeltas deltas) {
        inChunks(deltas.itemRows(), mapper::upsertItemRows);
        inChunks(deltas.monthRows(), mapper::upsertMonthRows);
    }

    private static void inChunks(List<RollupDelta> rows, Consumer<List<RollupDelta>> upsert) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            upsert.accept(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
    }
}
