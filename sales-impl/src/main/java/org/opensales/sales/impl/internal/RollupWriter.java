package org.opensales.sales.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.opensales.sales.api.SalesItem;

/**
 * Keeps the report rollups in step with {@code sales_item}: applies the changes of a write in the
 * caller's session, on its connection, so they commit or roll back with it. Rows are upserted in the fixed key order of
 * {@link RollupDeltas}, the item table before the month table. Plain JDBC through {@link MultiRowInsert}:
 * an import upserts thousands of rows per call, too many parameters for MyBatis' dynamic SQL.
 */
final class RollupWriter {

    private static final int ROWS_PER_STATEMENT = 500;

    private static final String ITEM_INSERT = "INSERT INTO sales_rollup (salesperson_id, active, phase, source,"
            + " lost_reason, item_count, amount, amount_x_probability, prospects, quotes, orders, invoices,"
            + " cycle_days, cycle_items) VALUES ";
    private static final String ITEM_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String ITEM_UPDATE = " ON DUPLICATE KEY UPDATE item_count = item_count + VALUES(item_count),"
            + " amount = amount + VALUES(amount),"
            + " amount_x_probability = amount_x_probability + VALUES(amount_x_probability),"
            + " prospects = prospects + VALUES(prospects), quotes = quotes + VALUES(quotes),"
            + " orders = orders + VALUES(orders), invoices = invoices + VALUES(invoices),"
            + " cycle_days = cycle_days + VALUES(cycle_days), cycle_items = cycle_items + VALUES(cycle_items)";
    private static final String MONTH_INSERT = "INSERT INTO sales_rollup_month (salesperson_id, active, phase, month,"
            + " item_count, amount, amount_x_probability) VALUES ";
    private static final String MONTH_ROW = "(?,?,?,?,?,?,?)";
    private static final String MONTH_UPDATE = " ON DUPLICATE KEY UPDATE item_count = item_count + VALUES(item_count),"
            + " amount = amount + VALUES(amount),"
            + " amount_x_probability = amount_x_probability + VALUES(amount_x_probability)";

    private final SqlSession session;

    /** @param session the session of the write's transaction */
    RollupWriter(SqlSession session) {
        this.session = session;
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
        try {
            Connection connection = session.getConnection();
            MultiRowInsert.execute(connection, ITEM_INSERT, ITEM_ROW, ITEM_UPDATE, deltas.itemRows(),
                    ROWS_PER_STATEMENT, RollupWriter::bindItemRow);
            MultiRowInsert.execute(connection, MONTH_INSERT, MONTH_ROW, MONTH_UPDATE, deltas.monthRows(),
                    ROWS_PER_STATEMENT, RollupWriter::bindMonthRow);
        } catch (SQLException e) {
            throw new PersistenceException("cannot update the report rollups: " + e.getMessage(), e);
        }
    }

    private static int bindItemRow(PreparedStatement s, int first, RollupDelta d) throws SQLException {
        int p = bindKey(s, first, d);
        s.setString(p++, d.source);
        s.setString(p++, d.lostReason);
        s.setLong(p++, d.itemCount);
        s.setBigDecimal(p++, d.amount);
        s.setBigDecimal(p++, d.amountXProbability);
        s.setLong(p++, d.prospects);
        s.setLong(p++, d.quotes);
        s.setLong(p++, d.orders);
        s.setLong(p++, d.invoices);
        s.setLong(p++, d.cycleDays);
        s.setLong(p++, d.cycleItems);
        return p;
    }

    private static int bindMonthRow(PreparedStatement s, int first, RollupDelta d) throws SQLException {
        int p = bindKey(s, first, d);
        s.setString(p++, d.month);
        s.setLong(p++, d.itemCount);
        s.setBigDecimal(p++, d.amount);
        s.setBigDecimal(p++, d.amountXProbability);
        return p;
    }

    private static int bindKey(PreparedStatement s, int p, RollupDelta d) throws SQLException {
        s.setString(p, d.salespersonId);
        s.setBoolean(p + 1, d.active);
        s.setString(p + 2, d.phase.name());
        return p + 3;
    }
}
