package org.opensales.embeddeddb;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Where and how the embedded MariaDB runs.
 *
 * <p>Each setting is read from a command line argument {@code --name=value}, else from the system
 * property {@code embeddeddb.name}, else its default:
 * <ul>
 *   <li>{@code port}: TCP port on 127.0.0.1, default {@value #DEFAULT_PORT};</li>
 *   <li>{@code dataDir}: the database files, kept between runs, default {@code data-db/data};</li>
 *   <li>{@code baseDir}: the unpacked MariaDB binaries, default {@code data-db/base};</li>
 *   <li>{@code database}: the schema created when absent, default {@value #DEFAULT_DATABASE}.</li>
 * </ul>
 *
 * @param port the TCP port, 1 to 65535
 * @param dataDir the data directory, absolute
 * @param baseDir the directory the binaries are unpacked to, absolute
 * @param database the name of the schema to create
 */
public record EmbeddedDbSettings(int port, Path dataDir, Path baseDir, String database) {

    /** The port the CRM's default DataSource configuration points at. */
    public static final int DEFAULT_PORT = 13306;

    /** The schema the CRM's default DataSource configuration points at. */
    public static final String DEFAULT_DATABASE = "crm";

    private static final String PROPERTY_PREFIX = "embeddeddb.";

    /**
     * Validates and normalizes the settings.
     *
     * @throws IllegalArgumentException if the port is out of range or the database name is not a
     *     plain identifier
     */
    public EmbeddedDbSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("database must be letters, digits or _, was '" + database + "'");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        baseDir = baseDir.toAbsolutePath().normalize();
    }

    /**
     * Reads the settings from arguments, falling back to system properties and defaults.
     *
     * @param args arguments of the form {@code --port=13306}, {@code --dataDir=...}, {@code --baseDir=...},
     *     {@code --database=...}
     * @param systemProperties the properties consulted for {@code embeddeddb.*} fallbacks
     * @return the settings
     * @throws IllegalArgumentException on an unknown or malformed argument
     */
    public static EmbeddedDbSettings from(String[] args, Properties systemProperties) {
        Properties values = new Properties();
        for (String name : new String[] {"port", "dataDir", "baseDir", "database"}) {
            String value = systemProperties.getProperty(PROPERTY_PREFIX + name);
            if (value != null) {
                values.setProperty(name, value);
            }
        }
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, eq);
            if (!name.matches("port|dataDir|baseDir|database")) {
                throw new IllegalArgumentException("unknown option --" + name
                        + " (known: --port, --dataDir, --baseDir, --database)");
            }
            values.setProperty(name, arg.substring(eq + 1));
        }
        return new EmbeddedDbSettings(
                parsePort(values.getProperty("port", String.valueOf(DEFAULT_PORT))),
                Path.of(values.getProperty("dataDir", "data-db/data")),
                Path.of(values.getProperty("baseDir", "data-db/base")),
                values.getProperty("database", DEFAULT_DATABASE));
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, was '" + value + "'", e);
        }
    }
}
