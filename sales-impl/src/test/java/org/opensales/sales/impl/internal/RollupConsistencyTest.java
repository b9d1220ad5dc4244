package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesImport;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.ValidationException;

/**
 * The rollups answer every report and count exactly as {@code sales_item} does, to the cent, after a
 * random mix of creates, updates, wins, losses, reopenings, refused writes and imports.
 */
class RollupConsistencyTest extends SalesTestSupport {

    private static final List<String> SALESPEOPLE = List.of("pieter", "fatima", "tom");
    private static final List<String> SOURCES = List.of("", "Website", "Referral", "Partner");
    private static final List<String> REASONS = List.of("No budget", "Price too high", "Bad timing");
    private static final List<SalesFilter> FILTERS = List.of(
            SalesFilter.all(),
            SalesFilter.builder().includeInactive(true).build(),
            SalesFilter.builder().phases(Set.of(Phase.QUOTE, Phase.LOST)).build(),
            SalesFilter.builder().phases(Set.of(Phase.ORDER, Phase.INVOICE)).includeInactive(true).build(),
            SalesFilter.builder().salespersonIds(Set.of("pieter")).build(),
            SalesFilter.builder().salespersonIds(Set.of("fatima", "tom")).phases(Set.of(Phase.PROSPECT)).build(),
            SalesFilter.builder().sources(Set.of("Website", "")).build(),
            SalesFilter.builder().sources(Set.of("Referral")).salespersonIds(Set.of("tom")).includeInactive(true)
                    .build());

    private final SalesDatabase database = SharedDatabases.salesDatabase(dataSource);
    private final SalesReportService fromItems = new SalesReportServiceImpl(database, users, contacts, false);
    private final SalesImport importer = new SalesImportImpl(database, contacts, users);
    private final List<Long> ids = new ArrayList<>();
    private Random random;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyReportAndCountFromTheRollupsEqualsTheSameFromTheItems(long seed) {
        random = new Random(seed);
        int refused = 0;
        for (int step = 0; step < 150; step++) {
            try {
                randomWrite();
            } catch (ValidationException e) {
                refused++;
            }
        }

        assertThat(rowsInTable()).as("items written").isGreaterThan(100);
        assertThat(refused).as("writes refused and rolled back").isPositive();
        for (SalesFilter filter : FILTERS) {
            assertSameFigures(filter);
        }
        users.actAs("pieter");
        assertSameFigures(SalesFilter.all());
        assertSameFigures(SalesFilter.all().forSalesperson("pieter"));
        assertSameFigures(SalesFilter.builder().salespersonIds(Set.of("pieter")).phases(Set.of(Phase.LOST))
                .includeInactive(true).build());
        users.actAs("sanne");
        assertThat(nonZeroRollupRows()).as("the rollups equal a rebuild from the items").isEqualTo(rebuiltRollupRows());
    }

    @Test
    void oneImportCallAddsTheSumsOfAllItsItems() {
        random = new Random(7);
        importer.importItems(imported(3000));

        for (SalesFilter filter : FILTERS) {
            assertSameFigures(filter);
        }
        assertThat(rows("sales_rollup_month")).as("more rows than one upsert statement takes").isGreaterThan(500);
        assertThat(nonZeroRollupRows()).isEqualTo(rebuiltRollupRows());
    }

    private void randomWrite() {
        int kind = random.nextInt(10);
        if (ids.isEmpty() || kind < 3) {
            ids.add(service.create(new NewItemDraft().salespersonId(pick(SALESPEOPLE)).source(pick(SOURCES))
                    .phase(random.nextBoolean() ? Phase.PROSPECT : Phase.QUOTE).amount(amount())
                    .probability(random.nextInt(4) == 0 ? null : random.nextInt(101))
                    .expectedCloseDate(random.nextInt(5) == 0 ? null : day())
                    .sharedWith(random.nextInt(4) == 0 ? Set.of("pieter") : Set.of()).build()).id());
        } else if (kind == 3) {
            ids.addAll(importer.importItems(imported(1 + random.nextInt(30))));
        } else {
            change(service.get(pick(ids)).orElseThrow(), kind);
        }
    }

    private void change(SalesItem item, int kind) {
        if (kind == 4 && item.phase().isOpen()) {
            service.markWon(item.id(), item.version());
        } else if (kind == 5 && item.phase().isOpen()) {
            service.markLost(item.id(), item.version(), pick(REASONS), "");
        } else if (kind == 6 && item.phase() == Phase.LOST) {
            service.reopen(item.id(), item.version());
        } else if (kind == 7) {
            service.update(item.toBuilder().amount(random.nextInt(8) == 0 ? new BigDecimal("-1") : new BigDecimal(amount()))
                    .probability(random.nextInt(101)).build());
        } else if (kind == 8) {
            service.update(item.toBuilder().salespersonId(pick(SALESPEOPLE)).source(pick(SOURCES))
                    .active(random.nextInt(4) != 0).build());
        } else {
            SalesItem.Builder changed = item.toBuilder().expectedCloseDate(day());
            if (item.phase() == Phase.ORDER) {
                changed.phase(Phase.INVOICE);
            } else if (item.orderDate() != null) {
                changed.orderDate(day());
            }
            service.update(changed.build());
        }
    }

    private List<SalesItem> imported(int count) {
        List<SalesItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Phase phase = pick(List.of(Phase.values()));
            LocalDate prospect = day().minusMonths(6);
            SalesItem.Builder item = SalesItem.builder().title("Imported " + i).contactId(HostStandIns.ANNA)
                    .salespersonId(pick(SALESPEOPLE)).phase(phase).prospectDate(prospect)
                    .probability(random.nextInt(101)).amount(new BigDecimal(amount())).currency("EUR")
                    .source(pick(SOURCES)).active(random.nextInt(5) != 0)
                    .expectedCloseDate(random.nextBoolean() ? day() : null);
            switch (phase) {
                case QUOTE -> item.quoteDate(prospect.plusDays(3));
                case ORDER -> item.orderDate(prospect.plusDays(random.nextInt(200)));
                case INVOICE -> item.invoiceDate(prospect.plusDays(10 + random.nextInt(200)))
                        .orderDate(random.nextBoolean() ? prospect.plusDays(10) : null);
                case LOST -> item.lostDate(prospect.plusDays(random.nextInt(200))).lostReason(pick(REASONS));
                default -> { }
            }
            items.add(item.build());
        }
        return items;
    }

    private void assertSameFigures(SalesFilter filter) {
        assertThat(reports.generalInformation(filter)).as("general %s", filter)
                .isEqualTo(fromItems.generalInformation(filter));
        assertThat(service.count(filter)).as("count %s", filter)
                .isEqualTo(fromItems.generalInformation(filter).count());
        assertThat(reports.totalsPerSalesperson(filter)).as("per salesperson %s", filter)
                .isEqualTo(fromItems.totalsPerSalesperson(filter));
        assertThat(reports.sourcesAndRoi(filter)).as("sources %s", filter).isEqualTo(fromItems.sourcesAndRoi(filter));
        assertThat(reports.funnel(filter)).as("funnel %s", filter).isEqualTo(fromItems.funnel(filter));
        assertThat(reports.lostReasons(filter)).as("lost reasons %s", filter).isEqualTo(fromItems.lostReasons(filter));
        assertThat(reports.forecast(filter, YearMonth.of(2024, 6), 36)).as("forecast %s", filter)
                .isEqualTo(fromItems.forecast(filter, YearMonth.of(2024, 6), 36));
        for (YearMonth from : List.of(YearMonth.of(2024, 1), YearMonth.of(2025, 3))) {
            YearMonth to = from.plusMonths(random.nextInt(14));
            assertThat(reports.salespersonPerformance(filter, from, to)).as("performance %s %s-%s", filter, from, to)
                    .isEqualTo(fromItems.salespersonPerformance(filter, from, to));
        }
    }

    /** @return the rows of both rollup tables that hold anything, measures by key */
    private Map<String, String> nonZeroRollupRows() {
        Map<String, String> rows = new TreeMap<>(TestDatabase.queryMap(dataSource, "SELECT CONCAT_WS('|', salesperson_id,"
                + " active, phase, source, lost_reason), CONCAT_WS('|', item_count, amount, amount_x_probability,"
                + " prospects, quotes, orders, invoices, cycle_days, cycle_items) FROM sales_rollup WHERE item_count <> 0"
                + " OR amount <> 0 OR amount_x_probability <> 0 OR prospects <> 0 OR quotes <> 0 OR orders <> 0"
                + " OR invoices <> 0 OR cycle_days <> 0 OR cycle_items <> 0"));
        rows.putAll(TestDatabase.queryMap(dataSource, "SELECT CONCAT_WS('|', salesperson_id, active, phase, month),"
                + " CONCAT_WS('|', item_count, amount, amount_x_probability) FROM sales_rollup_month"
                + " WHERE item_count <> 0 OR amount <> 0 OR amount_x_probability <> 0"));
        return rows;
    }

    private Map<String, String> rebuiltRollupRows() {
        try (SqlSession session = database.openSession()) {
            RollupRebuild.run(session);
            session.commit();
        }
        return nonZeroRollupRows();
    }

    private LocalDate day() {
        return LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
    }

    private String amount() {
        return random.nextInt(100_000) + "." + String.format("%02d", random.nextInt(100));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
