package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesImport;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesRoles;
import org.opensales.sales.api.SalesService;

/**
 * Times the import of 1,000,000 items (500 salespeople, one of them with 100,000) in calls of 10,000,
 * then every report tab and the block count from the rollups and, for comparison, from sales_item.
 * Run on demand: {@code mvn -pl sales-impl -am verify -Dtest=RollupBench -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RollupBench {

    private static final int ITEMS = Integer.getInteger("bench.items", 1_000_000);
    private static final int PER_CALL = 10_000;
    private static final List<String> SOURCES = List.of("", "Website", "Trade fair", "Referral", "Campaign spring",
            "Cold call", "Partner");
    private static final List<String> REASONS = List.of("Price too high", "Chose a competitor", "No budget",
            "No decision", "Bad timing");
    private static final Phase[] PHASES = Phase.values();

    private final BenchUsers users = new BenchUsers();
    private final HostStandIns.Contacts contacts = HostStandIns.contacts();
    private final Random random = new Random(42);

    @Test
    void importThenReports() {
        DataSource dataSource = SharedDatabases.forClass(RollupBench.class);
        TestDatabase.execute(dataSource, "SET GLOBAL innodb_buffer_pool_size = 1073741824");
        SalesDatabase database = SharedDatabases.salesDatabase(dataSource);
        SalesImport importer = new SalesImportImpl(database, contacts, users);
        SalesReportService rollups = new SalesReportServiceImpl(database, users, contacts, true);
        SalesReportService items = new SalesReportServiceImpl(database, users, contacts, false);
        SalesService service = new SalesServiceImpl(database, contacts, users, new CapturedEvents(),
                ProbabilityDefaults.standard(), SalesTestSupport.CLOCK);

        long start = System.nanoTime();
        long slowest = 0;
        for (int done = 0; done < ITEMS; done += PER_CALL) {
            List<SalesItem> call = IntStream.range(done, Math.min(ITEMS, done + PER_CALL)).mapToObj(this::item).toList();
            long t = System.nanoTime();
            importer.importItems(call);
            slowest = Math.max(slowest, System.nanoTime() - t);
        }
        System.out.printf("BENCH import %,d items: %.1f s, slowest call %.0f ms%n", ITEMS,
                (System.nanoTime() - start) / 1e9, slowest / 1e6);
        System.out.printf("BENCH rollup rows: %d items table, %d month table%n",
                TestDatabase.queryLong(dataSource, "SELECT COUNT(*) FROM sales_rollup"),
                TestDatabase.queryLong(dataSource, "SELECT COUNT(*) FROM sales_rollup_month"));

        List<SalesItem> extra = IntStream.range(0, PER_CALL).mapToObj(this::item).toList();
        time("rollup deltas of one call of 10k items (rolled back)", 5, () -> {
            try (SqlSession session = database.openSession()) {
                new RollupWriter(session).write(RollupDeltas.ofNew(extra));
                session.rollback(true);
            }
            return null;
        });
        List<Long> updated = importer.importItems(extra);
        List<SalesItem> changes = updated.stream().limit(201).map(id -> service.get(id).orElseThrow())
                .map(item -> item.toBuilder().amount(item.amount().add(BigDecimal.ONE))
                        .probability((item.probability() + 1) % 101).build())
                .toList();
        int[] nextUpsert = {0};
        time("rollup upserts of one update alone (rolled back)", 200, () -> {
            try (SqlSession session = database.openSession()) {
                SalesItem after = changes.get(nextUpsert[0]++);
                new RollupWriter(session).write(after.toBuilder().amount(BigDecimal.ZERO).build(), after);
                session.rollback(true);
            }
            return null;
        });
        int[] next = {0};
        time("update of amount and probability, with history and rollups", 200,
                () -> service.update(changes.get(next[0]++)));
        YearMonth month = YearMonth.of(2025, 3);
        SalesFilter all = SalesFilter.all();
        time("general", 5, () -> rollups.generalInformation(all));
        time("per salesperson", 5, () -> rollups.totalsPerSalesperson(all));
        time("performance", 5, () -> rollups.salespersonPerformance(all, month.minusMonths(11), month));
        time("sources", 5, () -> rollups.sourcesAndRoi(all));
        time("forecast", 5, () -> rollups.forecast(all, month, 12));
        time("funnel", 5, () -> rollups.funnel(all));
        time("lost reasons", 5, () -> rollups.lostReasons(all));
        SalesFilter one = SalesFilter.all().forSalesperson("sp250");
        SalesFilter big = SalesFilter.all().forSalesperson("sp001");
        time("all tabs, unfiltered, rollups", 5, () -> allTabs(rollups, all));
        time("all tabs, unfiltered, sales_item", 2, () -> allTabs(items, all));
        time("all tabs, one salesperson, rollups", 20, () -> allTabs(rollups, one));
        time("all tabs, one salesperson, sales_item", 5, () -> allTabs(items, one));
        time("all tabs, salesperson with 100k items, rollups", 20, () -> allTabs(rollups, big));
        time("count of the 100k block, rollups", 100, () -> service.count(big));
        time("count of the 100k block, sales_item", 5, () -> items.generalInformation(big).count());
        time("count of a 1.8k block, rollups", 100, () -> service.count(one));
        time("count of the own 100k block, as that salesperson", 100, () -> asSalesperson(() -> service.count(big)));
        if (!allTabs(rollups, all).equals(allTabs(items, all)) || !allTabs(rollups, big).equals(allTabs(items, big))) {
            throw new AssertionError("rollups and sales_item disagree");
        }
    }

    private <T> T asSalesperson(Callable<T> call) {
        try {
            return users.runAs("sp001", call);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> allTabs(SalesReportService reports, SalesFilter filter) {
        YearMonth month = YearMonth.of(2025, 3);
        return List.of(reports.generalInformation(filter), reports.totalsPerSalesperson(filter),
                reports.salespersonPerformance(filter, month.minusMonths(11), month), reports.sourcesAndRoi(filter),
                reports.forecast(filter, month, 12), reports.funnel(filter), reports.lostReasons(filter));
    }

    private void time(String what, int runs, Supplier<Object> call) {
        call.get();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("BENCH %-50s median %8.2f ms, p95 %8.2f ms, max %8.2f ms (%d runs)%n", what,
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6, runs);
    }

    /** Item i: sp001 holds every tenth item, the others are spread over sp002..sp500. */
    private SalesItem item(int i) {
        String salesperson = i % 10 == 0 ? "sp001" : String.format("sp%03d", 2 + random.nextInt(499));
        Phase phase = PHASES[random.nextInt(PHASES.length)];
        LocalDate prospect = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(800));
        SalesItem.Builder item = SalesItem.builder().title("Item " + i)
                .contactId(1 + random.nextInt(3)).salespersonId(salesperson).phase(phase).prospectDate(prospect)
                .probability(random.nextInt(101)).amount(BigDecimal.valueOf(random.nextInt(10_000_000), 2))
                .currency("EUR").source(SOURCES.get(random.nextInt(SOURCES.size()))).active(random.nextInt(20) != 0)
                .expectedCloseDate(prospect.plusDays(random.nextInt(400)))
                .createdAt(Instant.parse("2025-01-01T00:00:00Z"));
        switch (phase) {
            case QUOTE -> item.quoteDate(prospect.plusDays(5));
            case ORDER -> item.quoteDate(prospect.plusDays(5)).orderDate(prospect.plusDays(5 + random.nextInt(90)));
            case INVOICE -> item.orderDate(prospect.plusDays(10)).invoiceDate(prospect.plusDays(10 + random.nextInt(60)));
            case LOST -> item.lostDate(prospect.plusDays(random.nextInt(120)))
                    .lostReason(REASONS.get(random.nextInt(REASONS.size())));
            default -> { }
        }
        return item.build();
    }

    /** The manager "sanne", the current user unless runAs says otherwise, and salespeople sp001..sp500. */
    private static final class BenchUsers implements UserDirectory {

        private final Map<String, CrmUser> byId = IntStream.rangeClosed(0, 500)
                .mapToObj(n -> n == 0 ? new CrmUser("sanne", "Sanne", Set.of(SalesRoles.SALES_MANAGER))
                        : new CrmUser(String.format("sp%03d", n), "Salesperson " + n, Set.of(SalesRoles.SALESPERSON)))
                .collect(Collectors.toMap(CrmUser::id, u -> u));

        @Override
        public Optional<CrmUser> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<CrmUser> users() {
            return new ArrayList<>(byId.values());
        }

        @Override
        public List<CrmUser> usersWithRole(String role) {
            return byId.values().stream().filter(u -> u.roles().contains(role)).toList();
        }

        private volatile String current = "sanne";

        @Override
        public Optional<CrmUser> currentUser() {
            return find(current);
        }

        @Override
        public <T> T runAs(String userId, Callable<T> task) throws Exception {
            String previous = current;
            current = userId;
            try {
                return task.call();
            } finally {
                current = previous;
            }
        }
    }
}
