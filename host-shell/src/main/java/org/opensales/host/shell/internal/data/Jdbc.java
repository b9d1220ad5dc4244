package org.opensales.host.shell.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/** Small JDBC helpers shared by the stores. */
final class Jdbc {

    private Jdbc() {
    }

    /**
     * Runs fixed DDL statements in order on one connection, such as an idempotent
     * {@code CREATE TABLE IF NOT EXISTS}, so that a session setting applies to those after it.
     *
     * @param dataSource the database
     * @param ddl        the statements; never built from input
     */
    static void execute(DataSource dataSource, String... ddl) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw failure("create the CRM tables", e);
        }
    }

    /**
     * Wraps a database error into an unchecked exception that says what failed.
     *
     * @param action what was being done, such as "search contacts"
     * @param cause  the database error
     * @return the exception to throw
     */
    static IllegalStateException failure(String action, SQLException cause) {
        return new IllegalStateException("Cannot " + action + ": " + cause.getMessage(), cause);
    }
}
