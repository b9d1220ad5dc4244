package org.opensales.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Starts a real MariaDB twice on the same data directory: the second start sees the first's rows. */
class EmbeddedMariaDbRestartTest {

    @Test
    void restartKeepsTheData() throws Exception {
        Path root = Path.of("target", "restart-test");
        deleteRecursively(root);
        EmbeddedDbSettings settings = new EmbeddedDbSettings(freePort(), root.resolve("data"),
                Path.of("target", "mariadb-base"), "crm");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(settings)) {
            update(db, "CREATE TABLE item (id INT PRIMARY KEY, title VARCHAR(50))");
            update(db, "INSERT INTO item VALUES (1, 'kept across restarts')");
        }
        assertThat(PersistentDB.isInitialized(settings.dataDir())).isTrue();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(settings);
             Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT title FROM item")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept across restarts");
        }
    }

    private static void update(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
