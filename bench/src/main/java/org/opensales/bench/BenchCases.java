package org.opensales.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.opensales.bench.ui.SalesViewLoad;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

/** The measured cases (a to f of the brief), run as the manager. */
final class BenchCases {

    /** A salesperson with about the median number of items. */
    static final String TYPICAL = HostDataLoader.typicalId(250);
    private static final int PAGE = 50;
    private static final int DEEP_POSITION = 60_000;
    private static final List<Sort> BY_AMOUNT = List.of(Sort.desc(SortField.AMOUNT));

    /** The case groups, in the order they run; {@code --only} picks some of them. */
    static final List<String> GROUPS = List.of("grid", "reports-all", "reports-one", "update", "search", "ui");

    /** Untimed rounds of the read paths before the first case. */
    static final int WARM_UP_ROUNDS = 2_000;

    /** The sessions the Sales view is opened in for the heap measurement. */
    static final int UI_SESSIONS = 50;
    static final double UI_MAX_MILLIS = 1000;
    static final long UI_MAX_HEAP_PER_SESSION = 1024 * 1024;

    private final BenchServices services;
    private final CaseRunner runner;
    private final Set<String> groups;
    private final SalesService sales;
    private final SalesReportService reports;

    BenchCases(BenchServices services, CaseRunner runner, Set<String> groups) {
        this.groups = groups;
        this.services = services;
        this.runner = runner;
        this.sales = services.sales;
        this.reports = services.reports;
    }

    void runAll() throws Exception {
        warmUp();
        if (groups.contains("grid")) {
            gridAndCount(HostDataLoader.INBOUND, DEEP_POSITION);
            gridAndCount(TYPICAL, -1);
        }
        if (groups.contains("reports-all")) {
            reportTabs("reports unfiltered", SalesFilter.all(), 400.0);
        }
        if (groups.contains("reports-one")) {
            reportTabs("reports " + TYPICAL, SalesFilter.builder().salespersonIds(Set.of(TYPICAL)).build(), 20.0);
        }
        if (groups.contains("update")) {
            update();
        }
        if (groups.contains("search")) {
            textSearch();
        }
        if (groups.contains("ui")) {
            salesView();
        }
    }

    /**
     * Runs the read paths untimed for a while first, so that no case is measured while the JIT is still
     * compiling them on one of the machine's two cores.
     */
    private void warmUp() {
        SalesFilter block = SalesFilter.builder().salespersonIds(Set.of(TYPICAL))
                .phases(Set.of(Phase.PROSPECT, Phase.QUOTE)).build();
        long start = System.nanoTime();
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            List<SalesItem> page = sales.findAfter(block, BY_AMOUNT, null, PAGE);
            sales.findAfter(block, BY_AMOUNT, page.get(page.size() - 1), PAGE);
            sales.find(block, BY_AMOUNT, 0, PAGE);
            sales.count(block);
            reports.generalInformation(block);
            reports.sourcesAndRoi(block);
        }
        System.out.printf("warm-up: %d rounds of the read paths in %.1f s%n", WARM_UP_ROUNDS,
                (System.nanoTime() - start) / 1e9);
    }

    /** The Sales view opened by the manager, who sees all 500 salespeople, in 50 sessions held at once. */
    private void salesView() {
        SalesViewLoad.Result r = SalesViewLoad.run(sales, reports, services.catalog, services.targets,
                services.preferences, services.contacts, services.users, HostDataLoader.MANAGER, UI_SESSIONS);
        runner.line(String.format(Locale.ROOT, "Sales view opened by the manager (500 salespeople), %d sessions"
                        + " held: server time per open median %.0f ms, max %.0f ms (target <= %.0f ms: %s);"
                        + " heap held per session after GC %.0f KB (target <= %d KB: %s); first response %,d"
                        + " characters", r.sessions(), r.medianMillis(), r.maxMillis(), UI_MAX_MILLIS,
                r.maxMillis() <= UI_MAX_MILLIS ? "PASS" : "MISS", r.heapPerSession() / 1024.0,
                UI_MAX_HEAP_PER_SESSION / 1024, r.heapPerSession() <= UI_MAX_HEAP_PER_SESSION ? "PASS" : "MISS",
                r.responseChars()));
    }

    private void gridAndCount(String salesperson, int deepPosition) throws Exception {
        SalesFilter filter = SalesFilter.builder().salespersonIds(Set.of(salesperson))
                .phases(Set.of(Phase.PROSPECT, Phase.QUOTE)).build();
        long count = sales.count(filter);
        int position = (int) Math.min(deepPosition > 0 ? deepPosition : count * 4 / 5, count - PAGE - 1);
        String block = "block " + salesperson + " (" + count + " open active)";
        SalesItem after = sales.find(filter, BY_AMOUNT, position - 1, 1).get(0);
        try {
            runner.read("grid " + salesperson + " first page", 5.0, block + ", findAfter(null), AMOUNT desc",
                    () -> sales.findAfter(filter, BY_AMOUNT, null, PAGE));
            runner.read("grid " + salesperson + " deep @" + position, 5.0, "findAfter the item at position " + position,
                    () -> sales.findAfter(filter, BY_AMOUNT, after, PAGE));
        } catch (UnsupportedOperationException e) {
            runner.skipped("grid " + salesperson + " findAfter", "not measured: " + e.getMessage());
        }
        runner.read("grid " + salesperson + " first page (offset 0)", 5.0, block + ", find(offset 0)",
                () -> sales.find(filter, BY_AMOUNT, 0, PAGE));
        runner.read("grid " + salesperson + " deep offset " + position, null, "find(offset " + position
                + "), for comparison with findAfter", () -> sales.find(filter, BY_AMOUNT, position, PAGE));
        runner.read("count " + salesperson, 5.0, block, () -> sales.count(filter));
    }

    private void reportTabs(String name, SalesFilter filter, double targetMs) throws Exception {
        YearMonth now = YearMonth.now();
        List<String> names = List.of("generalInformation", "totalsPerSalesperson", "salespersonPerformance",
                "sourcesAndRoi", "forecast", "funnel", "lostReasons");
        List<Callable<?>> calls = List.of(
                () -> reports.generalInformation(filter),
                () -> reports.totalsPerSalesperson(filter),
                () -> reports.salespersonPerformance(filter, YearMonth.of(now.getYear(), 1), YearMonth.of(now.getYear(), 12)),
                () -> reports.sourcesAndRoi(filter),
                () -> reports.forecast(filter, now, 12),
                () -> reports.funnel(filter),
                () -> reports.lostReasons(filter));
        runner.group(name, targetMs, names, calls);
    }

    /*
     * The service changes a random item of the typical block each time. The floor replays two recorded
     * changes of one other item in turns, its amount up by one and back, with the version advanced and
     * committed like the service's: an even number of replays leaves the item and the report rollups
     * as they were. The history rows the replays add are deleted afterwards.
     */
    private void update() throws Exception {
        List<Long> ids = typicalItemIds();
        long recordedId = ids.remove(0);
        SalesItem before = sales.get(recordedId).orElseThrow();
        List<RecordedStatement> up = services.recorder.record(() -> sales.update(changed(before)));
        SalesItem raised = sales.get(recordedId).orElseThrow();
        List<RecordedStatement> down = services.recorder.record(
                () -> sales.update(raised.toBuilder().amount(before.amount()).build()));
        long lastHistoryId = lastHistoryId(recordedId);
        long version = before.version();
        Random random = new Random(DataGenerator.SEED);
        runner.write("update amount with history", 3.0, "a random item of block " + TYPICAL + "; SalesService.update timed,"
                        + " the read before it not",
                up,
                i -> {
                    SalesItem item = sales.get(ids.get(random.nextInt(ids.size()))).orElseThrow();
                    SalesItem change = changed(item);
                    long start = System.nanoTime();
                    sales.update(change);
                    return System.nanoTime() - start;
                },
                i -> i % 2 == 0 ? withVersion(up, version, version + 2 + i) : withVersion(down, version + 1, version + 2 + i),
                () -> deleteHistoryAfter(recordedId, lastHistoryId));
    }

    private void textSearch() throws Exception {
        String word = firstCompanyWord();
        SalesFilter filter = SalesFilter.builder().text(word).build();
        long matches = sales.count(filter);
        runner.read("text search '" + word + "' page + count", 100.0, matches + " matching items; find(offset 0, 50) + count",
                () -> {
                    sales.find(filter, List.of(), 0, PAGE);
                    return sales.count(filter);
                });
    }

    private static SalesItem changed(SalesItem item) {
        return item.toBuilder().amount(item.amount().add(BigDecimal.ONE)).build();
    }

    private static List<RecordedStatement> withVersion(List<RecordedStatement> recorded, long from, long to) {
        List<RecordedStatement> adapted = new ArrayList<>(recorded.size());
        for (RecordedStatement s : recorded) {
            if (s.sql().strip().regionMatches(true, 0, "UPDATE sales_item ", 0, 18)) {
                List<Object> parameters = new ArrayList<>(s.parameters());
                int last = parameters.size() - 1;
                if (parameters.get(last) instanceof Long version && version == from) {
                    parameters.set(last, to);
                }
                adapted.add(s.withParameters(parameters));
            } else {
                adapted.add(s);
            }
        }
        return adapted;
    }

    private List<Long> typicalItemIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = services.pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM sales_item WHERE salesperson_id = ? ORDER BY id")) {
            ps.setString(1, TYPICAL);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private long lastHistoryId(long itemId) throws SQLException {
        return queryLong(services.pool, "SELECT COALESCE(MAX(id), 0) FROM sales_history WHERE item_id = ?", itemId);
    }

    private Object deleteHistoryAfter(long itemId, long lastId) throws SQLException {
        try (Connection c = services.pool.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM sales_history WHERE item_id = ? AND id > ?")) {
            ps.setLong(1, itemId);
            ps.setLong(2, lastId);
            return ps.executeUpdate();
        }
    }

    /** The invented first word of the first contact's company, shared by the contacts of a few dozen companies. */
    private String firstCompanyWord() throws SQLException {
        try (Connection c = services.pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT company FROM crm_contact ORDER BY id LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        }
    }

    private static long queryLong(DataSource dataSource, String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
