package org.opensales.sales.impl.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.HistoryField;

/** One row of table {@code sales_history}; the time is in UTC. */
final class HistoryRow {

    long id;
    long itemId;
    LocalDateTime at;
    String userId;
    HistoryField field;
    String oldValue;
    String newValue;

    static HistoryRow of(HistoryField field, String oldValue, String newValue) {
        HistoryRow row = new HistoryRow();
        row.field = field;
        row.oldValue = oldValue;
        row.newValue = newValue;
        return row;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(itemId, at.toInstant(ZoneOffset.UTC), userId, field, oldValue, newValue);
    }
}
