package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.opensales.sales.api.HistoryField;
import org.opensales.sales.api.SalesItem;

/**
 * Turns a change of a sales item into history rows: one per tracked field whose value differs, with
 * the values as text (ISO dates, plain decimals with two places, empty for none). A new item is
 * compared with nothing, so its first rows record its starting values.
 */
final class HistoryDiff {

    private HistoryDiff() {
    }

    /**
     * @param before the stored item, or null for a new one
     * @param after  the item as it is saved
     * @return the rows, in the order of {@link HistoryField}
     */
    static List<HistoryRow> between(SalesItem before, SalesItem after) {
        List<HistoryRow> rows = new ArrayList<>();
        for (HistoryField field : HistoryField.values()) {
            Function<SalesItem, String> value = valueOf(field);
            String old = before == null ? "" : value.apply(before);
            String now = value.apply(after);
            if (!old.equals(now)) {
                rows.add(HistoryRow.of(field, old, now));
            }
        }
        return rows;
    }

    private static Function<SalesItem, String> valueOf(HistoryField field) {
        return switch (field) {
            case PHASE -> item -> item.phase().name();
            case AMOUNT -> item -> plain(item.amount());
            case PROBABILITY -> item -> Integer.toString(item.probability());
            case EXPECTED_CLOSE_DATE -> item -> iso(item.expectedCloseDate());
            case SALESPERSON -> item -> text(item.salespersonId());
            case SOURCE -> item -> text(item.source());
        };
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
