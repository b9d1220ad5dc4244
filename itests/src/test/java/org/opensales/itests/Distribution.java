package org.opensales.itests;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The assembled distribution, unpacked by the build into {@code target/dist}, started with its own
 * run script ({@code bin/crm server}) exactly as a user starts it: embedded MariaDB, demo data and
 * all. Ports are moved off the defaults so that a running demo does not collide.
 */
final class Distribution implements AutoCloseable {

    static final int HTTP_PORT = 8186;
    private static final int DB_PORT = 13316;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path home;
    private final Process process;

    private Distribution(Path home, Process process) {
        this.home = home;
        this.process = process;
    }

    /**
     * Takes the unpacked distribution with its state removed (a fresh first start), moves its ports, starts it and waits until the Sales view answers.
     *
     * @return the running distribution
     * @throws Exception when it does not start in time; the message includes the log's tail
     */
    static Distribution start() throws Exception {
        Path home = findHome();
        for (String state : List.of("data", "data-db", "instances")) {
            deleteRecursively(home.resolve(state));
        }
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(HTTP_PORT));
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", "8106");
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", "1106");
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", "44406");
        setProperty(home.resolve("etc/crm-embedded-db.cfg"), "port", String.valueOf(DB_PORT));
        setProperty(home.resolve("etc/org.ops4j.datasource-crm.cfg"), "url",
                "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/crm");
        Path log = home.resolve("crm-run.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/crm").toString(), "server")
                .directory(home.toFile());
        builder.environment().put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        builder.environment().remove("CRM_DB_DIR");
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Distribution distribution = new Distribution(home, process);
        try {
            distribution.awaitReady();
        } catch (Exception | AssertionError e) {
            distribution.close();
            throw e;
        }
        return distribution;
    }

    /** @return the URL of the CRM shell */
    String url() {
        return "http://localhost:" + HTTP_PORT + "/crm";
    }

    /** @return the Karaf log, for failure messages */
    String logTail() {
        return tail(home.resolve("data/log/karaf.log")) + "\n--- bin/crm output ---\n" + tail(home.resolve("crm-run.log"));
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answersOk(url()) || !demoDataLoaded()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("bin/crm exited with " + process.exitValue() + "\n" + logTail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(url() + " did not answer, or the demo data was not loaded, within " + START_TIMEOUT + "\n" + logTail());
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }

    /** The demo seeder moves items through their phases; editing them before it is done would conflict. */
    private boolean demoDataLoaded() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        try (Stream<String> lines = Files.exists(log) ? Files.lines(log) : Stream.empty()) {
            return lines.anyMatch(line -> line.contains("Sales demo data:"));
        }
    }

    private static boolean answersOk(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : descendants) {
            child.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(t -> null).join();
            child.destroyForcibly();
        }
    }

    private static Path findHome() throws IOException {
        Path dist = Path.of(System.getProperty("dist.dir", "target/dist"));
        try (Stream<Path> children = Files.list(dist)) {
            return children.filter(p -> Files.isExecutable(p.resolve("bin/crm"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No unpacked distribution with bin/crm in " + dist));
        }
    }

    /** Sets {@code key = value} in a Karaf .cfg file, replacing the key's line or adding one. */
    private static void setProperty(Path cfg, String key, String value) throws IOException {
        List<String> lines = Files.exists(cfg) ? Files.readAllLines(cfg) : List.of();
        String line = key + " = " + value;
        boolean[] replaced = {false};
        List<String> updated = new java.util.ArrayList<>(lines.stream().map(l -> {
            if (l.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                replaced[0] = true;
                return line;
            }
            return l;
        }).toList());
        if (!replaced[0]) {
            updated.add(line);
        }
        Files.write(cfg, updated);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }
}
