package org.opensales.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

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
    static final List<String> GROUPS = List.of("grid", "reports-all", "reports-one", "update", "search");

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
        System.out.println("ui: see SalesViewLoad");
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
