package org.opensales.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of a service call: exactly the statements it issued, replayed with plain JDBC on one plain
 * connection (no pool, no MyBatis), reading every column of every row. Statements of a writing call
 * run in one transaction that commits, as the service's does. It also keeps the time of each
 * statement, to point at the slowest one.
 */
final class FloorReplay implements AutoCloseable {

    private final Connection connection;
    private long[] statementNanos = new long[0];

    FloorReplay(String url) throws SQLException {
        connection = DriverManager.getConnection(url, "root", "");
    }

    /**
     * Runs the statements once.
     *
     * @param statements    what the service call executed
     * @param transactional true to run them in one committed transaction
     * @return the number of column values read, so that the reading cannot be optimized away
     */
    long replay(List<RecordedStatement> statements, boolean transactional) throws SQLException {
        if (statementNanos.length != statements.size()) {
            statementNanos = new long[statements.size()];
        }
        long values = 0;
        if (transactional) {
            connection.setAutoCommit(false);
        }
        try {
            for (int i = 0; i < statements.size(); i++) {
                long start = System.nanoTime();
                values += execute(statements.get(i));
                statementNanos[i] += System.nanoTime() - start;
            }
            if (transactional) {
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (transactional) {
                connection.rollback();
            }
            throw e;
        } finally {
            if (transactional) {
                connection.setAutoCommit(true);
            }
        }
        return values;
    }

    /**
     * @param statements the statements replayed since the last reset
     * @return the query that took longest over those replays, or null when there was none
     */
    RecordedStatement slowestQuery(List<RecordedStatement> statements) {
        int slowest = -1;
        for (int i = 0; i < statementNanos.length && i < statements.size(); i++) {
            if (statements.get(i).query() && (slowest < 0 || statementNanos[i] > statementNanos[slowest])) {
                slowest = i;
            }
        }
        return slowest < 0 ? null : statements.get(slowest);
    }

    /** Forgets the per-statement times. */
    void resetStatementTimes() {
        statementNanos = new long[0];
    }

    /**
     * Asks the server for the plan of a query.
     *
     * @param statement a recorded statement
     * @return the EXPLAIN rows, one line each
     */
    List<String> explain(RecordedStatement statement) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("EXPLAIN " + statement.sql())) {
            bind(ps, statement.parameters());
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                StringBuilder header = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    header.append(c > 1 ? " | " : "").append(rs.getMetaData().getColumnLabel(c));
                }
                lines.add(header.toString());
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(c > 1 ? " | " : "").append(rs.getString(c));
                    }
                    lines.add(row.toString());
                }
            }
        }
        return lines;
    }

    private long execute(RecordedStatement statement) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            bind(ps, statement.parameters());
            if (!statement.query()) {
                ps.executeUpdate();
                return 0;
            }
            long values = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        if (rs.getObject(c) != null) {
                            values++;
                        }
                    }
                }
            }
            return values;
        }
    }

    private static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof RecordedStatement.NullParameter nul) {
                ps.setNull(i + 1, nul.sqlType());
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
