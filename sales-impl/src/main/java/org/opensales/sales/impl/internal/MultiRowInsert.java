package org.opensales.sales.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows with few statements, {@code INSERT ... VALUES (...), (...), ...} in chunks, on the
 * caller's connection and so in its transaction. Plain JDBC: MyBatis' dynamic SQL costs more than the
 * writing for statements of thousands of parameters.
 */
final class MultiRowInsert {

    /**
     * Binds one row's values.
     *
     * @param <T> the row
     */
    @FunctionalInterface
    interface RowBinder<T> {

        /**
         * @param statement the statement
         * @param first     the index of the row's first parameter
         * @param row       the row
         * @return the index of the next row's first parameter
         */
        int bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /**
     * @param connection   the caller's connection
     * @param insert       the statement up to {@code VALUES }
     * @param placeholders one row's parameters, as {@code (?,?,?)}
     * @param tail         what follows the rows, such as {@code ON DUPLICATE KEY UPDATE ...}; may be empty
     * @param rows         the rows, any number
     * @param perStatement the most rows in one statement
     * @param binder       binds one row
     * @param <T>          the row
     */
    static <T> void execute(Connection connection, String insert, String placeholders, String tail, List<T> rows,
                            int perStatement, RowBinder<T> binder) throws SQLException {
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            String sql = insert + String.join(",", Collections.nCopies(chunk.size(), placeholders)) + tail;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int p = 1;
                for (T row : chunk) {
                    p = binder.bind(statement, p, row);
                }
                statement.executeUpdate();
            }
        }
    }
}
