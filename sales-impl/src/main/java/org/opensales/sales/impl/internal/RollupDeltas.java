package org.opensales.sales.impl.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/**
 * Collects what a number of item writes change in the rollups: each item's figures taken away from
 * the rows of its old dimensions and added to those of its new ones, merged per row; each time both
 * for its salesperson and for {@link #ALL_SALESPEOPLE}. The rows come out in one fixed key order, so
 * concurrent writers lock rollup rows in the same order.
 */
final class RollupDeltas {

    /** The salesperson id of the rollup rows that sum all salespeople: an unfiltered report reads those alone. */
    static final String ALL_SALESPEOPLE = "";

    private static final Comparator<ItemKey> ITEM_KEY_ORDER = Comparator.comparing(ItemKey::salespersonId)
            .thenComparing(ItemKey::active).thenComparing(ItemKey::phase).thenComparing(ItemKey::source)
            .thenComparing(ItemKey::lostReason);
    private static final Comparator<MonthKey> MONTH_KEY_ORDER = Comparator.comparing(MonthKey::salespersonId)
            .thenComparing(MonthKey::active).thenComparing(MonthKey::phase).thenComparing(MonthKey::month);

    private final Map<ItemKey, RollupDelta> itemRows = new TreeMap<>(ITEM_KEY_ORDER);
    private final Map<MonthKey, RollupDelta> monthRows = new TreeMap<>(MONTH_KEY_ORDER);

    /** @return the changes that inserting the items makes */
    static RollupDeltas ofNew(List<SalesItem> items) {
        RollupDeltas deltas = new RollupDeltas();
        items.forEach(deltas::add);
        return deltas;
    }

    /** Adds an item as written; null (nothing) is ignored. */
    void add(SalesItem item) {
        apply(item, 1);
    }

    /** Takes away an item as it was before a write; null (nothing, on insert) is ignored. */
    void subtract(SalesItem item) {
        apply(item, -1);
    }

    /** @return the changes to {@code sales_rollup} that change anything, in key order */
    List<RollupDelta> itemRows() {
        return itemRows.values().stream().filter(d -> !d.isZero()).toList();
    }

    /** @return the changes to {@code sales_rollup_month} that change anything, in key order */
    List<RollupDelta> monthRows() {
        return monthRows.values().stream().filter(d -> !d.isZero()).toList();
    }

    private void apply(SalesItem item, int sign) {
        if (item == null) {
            return;
        }
        String source = item.source();
        String lostReason = item.phase() == Phase.LOST ? item.lostReason() : "";
        String month = month(item);
        for (String salesperson : new String[] {item.salespersonId(), ALL_SALESPEOPLE}) {
            itemRows.computeIfAbsent(new ItemKey(salesperson, item.active(), item.phase(), source, lostReason),
                    k -> new RollupDelta(k.salespersonId(), k.active(), k.phase(), k.source(), k.lostReason(), null))
                    .add(item, sign);
            monthRows.computeIfAbsent(new MonthKey(salesperson, item.active(), item.phase(), month),
                    k -> new RollupDelta(k.salespersonId(), k.active(), k.phase(), null, null, k.month()))
                    .add(item, sign);
        }
    }

    /** The month an item counts in: expected close when open, won on the order (else invoice) date, lost date. */
    private static String month(SalesItem item) {
        LocalDate date = switch (item.phase()) {
            case PROSPECT, QUOTE -> item.expectedCloseDate();
            case ORDER, INVOICE -> item.orderDate() != null ? item.orderDate() : item.invoiceDate();
            case LOST -> item.lostDate();
        };
        return date == null ? "" : YearMonth.from(date).toString();
    }

    private record ItemKey(String salespersonId, boolean active, Phase phase, String source, String lostReason) {
    }

    private record MonthKey(String salespersonId, boolean active, Phase phase, String month) {
    }
}
