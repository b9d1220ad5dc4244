package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/**
 * Writers that change items of the same salespeople at once share rollup rows; upserting them in one
 * key order, they wait for each other instead of deadlocking, and no change is lost.
 */
class RollupConcurrencyTest extends SalesTestSupport {

    private static final int WRITERS = 3;
    private static final int ITEMS_PER_WRITER = 15;

    @Test
    void concurrentWritesToTheSameRollupRowsAllCountOnce() throws Exception {
        List<List<SalesItem>> items = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            List<SalesItem> own = new ArrayList<>();
            for (int i = 0; i < ITEMS_PER_WRITER; i++) {
                own.add(service.create(new NewItemDraft().salespersonId(i % 2 == 0 ? "pieter" : "tom").build()));
            }
            items.add(own);
        }
        List<Callable<Void>> writers = items.stream().map(this::writer).toList();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (Future<Void> done : pool.invokeAll(writers, 120, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(rollupRows()).isEqualTo(rebuiltRollupRows());
        assertThat(rows("sales_rollup")).isPositive();
    }

    /** Moves each item through a few changes that touch different rollup rows, from the first to the last. */
    private Callable<Void> writer(List<SalesItem> own) {
        return () -> {
            users.actAs("sanne");
            for (SalesItem item : own) {
                SalesItem quoted = service.update(item.toBuilder().phase(Phase.QUOTE).amount(new BigDecimal("250.50"))
                        .source("Referral").build());
                SalesItem moved = service.update(quoted.toBuilder()
                        .salespersonId(quoted.salespersonId().equals("pieter") ? "tom" : "pieter").build());
                if (item.id() % 2 == 0) {
                    service.markWon(moved.id(), moved.version());
                } else {
                    service.markLost(moved.id(), moved.version(), "No budget", "");
                }
            }
            return null;
        };
    }

    private Map<String, String> rollupRows() {
        Map<String, String> rows = new TreeMap<>(TestDatabase.queryMap(dataSource, "SELECT CONCAT_WS('|', salesperson_id,"
                + " active, phase, source, lost_reason), CONCAT_WS('|', item_count, amount, amount_x_probability,"
                + " prospects, quotes, orders, invoices, cycle_days, cycle_items) FROM sales_rollup WHERE item_count <> 0"));
        rows.putAll(TestDatabase.queryMap(dataSource, "SELECT CONCAT_WS('|', salesperson_id, active, phase, month),"
                + " CONCAT_WS('|', item_count, amount, amount_x_probability) FROM sales_rollup_month"
                + " WHERE item_count <> 0"));
        return rows;
    }

    private Map<String, String> rebuiltRollupRows() {
        try (SqlSession session = SharedDatabases.salesDatabase(dataSource).openSession()) {
            RollupRebuild.run(session);
            session.commit();
        }
        return rollupRows();
    }
}
