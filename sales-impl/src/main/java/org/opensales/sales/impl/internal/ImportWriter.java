package org.opensales.sales.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.opensales.sales.api.HistoryField;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/**
 * Writes validated items with multi-row statements on the caller's connection and transaction: the
 * rows of {@code sales_item} (their ids come back from {@code RETURNING}, in order), the extra
 * contacts, tags and shares, and the history entries of each item's phase. Plain JDBC: building
 * statements of thousands of parameters through MyBatis' dynamic SQL costs more than the writing.
 */
final class ImportWriter {

    /** Rows per statement: large enough to cut round trips, small enough for any max_allowed_packet. */
    static final int ROWS_PER_STATEMENT = 1000;

    private static final String ITEM_COLUMNS = "INSERT INTO sales_item (version, title, contact_id, salesperson_id,"
            + " phase, prospect_date, quote_date, order_date, invoice_date, lost_date, expected_close_date,"
            + " probability, amount, currency, source, description, probability_overridden, lost_reason,"
            + " lost_note, active, created_by, updated_by, created_at, updated_at) VALUES ";
    private static final String ITEM_ROW = "(1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Connection connection;

    ImportWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param items valid items, stamped with their creator and times
     * @return the new ids, in the order of the items
     */
    List<Long> write(List<SalesItem> items) throws SQLException {
        List<Long> ids = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += ROWS_PER_STATEMENT) {
            ids.addAll(insertItems(items.subList(from, Math.min(items.size(), from + ROWS_PER_STATEMENT))));
        }
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> shares = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SalesItem item = items.get(i);
            long id = ids.get(i);
            List<Long> extra = item.extraContactIds().stream().distinct().toList();
            for (int position = 0; position < extra.size(); position++) {
                contacts.add(new Object[] {id, position, extra.get(position)});
            }
            item.tags().forEach(tag -> tags.add(new Object[] {id, tag}));
            item.sharedWith().forEach(user -> shares.add(new Object[] {id, user}));
            addHistory(id, item, history);
        }
        insertRows("INSERT INTO sales_item_contact (item_id, position, contact_id) VALUES ", "(?,?,?)", contacts);
        insertRows("INSERT INTO sales_item_tag (item_id, tag) VALUES ", "(?,?)", tags);
        insertRows("INSERT INTO sales_item_share (item_id, user_id) VALUES ", "(?,?)", shares);
        insertRows("INSERT INTO sales_history (item_id, `at`, user_id, field, old_value, new_value) VALUES ",
                "(?,?,?,?,?,?)", history);
        return ids;
    }

    /**
     * The history a create would have written for the starting phase; a lost item also gets the step
     * from its open phase to LOST on its lost date, so that reopening it returns to that phase.
     */
    private static void addHistory(long id, SalesItem item, List<Object[]> history) {
        LocalDateTime created = utc(item.createdAt());
        String by = item.createdBy();
        String phase = HistoryField.PHASE.name();
        if (item.phase() == Phase.LOST) {
            String open = (item.quoteDate() != null ? Phase.QUOTE : Phase.PROSPECT).name();
            history.add(new Object[] {id, created, by, phase, "", open});
            LocalDateTime lost = item.lostDate().atStartOfDay();
            history.add(new Object[] {id, lost.isBefore(created) ? created : lost, by, phase, open, Phase.LOST.name()});
        } else {
            history.add(new Object[] {id, created, by, phase, "", item.phase().name()});
        }
    }

    private List<Long> insertItems(List<SalesItem> chunk) throws SQLException {
        String sql = ITEM_COLUMNS + String.join(",", Collections.nCopies(chunk.size(), ITEM_ROW)) + " RETURNING id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int p = 1;
            for (SalesItem item : chunk) {
                statement.setString(p++, item.title());
                statement.setLong(p++, item.contactId());
                statement.setString(p++, item.salespersonId());
                statement.setString(p++, item.phase().name());
                p = setDate(statement, p, item.prospectDate());
                p = setDate(statement, p, item.quoteDate());
                p = setDate(statement, p, item.orderDate());
                p = setDate(statement, p, item.invoiceDate());
                p = setDate(statement, p, item.lostDate());
                p = setDate(statement, p, item.expectedCloseDate());
                statement.setInt(p++, item.probability());
                statement.setBigDecimal(p++, item.amount());
                statement.setString(p++, item.currency());
                statement.setString(p++, item.source());
                statement.setString(p++, item.description());
                statement.setBoolean(p++, item.probabilityOverridden());
                statement.setString(p++, item.lostReason());
                statement.setString(p++, item.lostNote());
                statement.setBoolean(p++, item.active());
                statement.setString(p++, item.createdBy());
                statement.setString(p++, item.updatedBy());
                statement.setObject(p++, utc(item.createdAt()));
                statement.setObject(p++, utc(item.updatedAt()));
            }
            List<Long> ids = new ArrayList<>(chunk.size());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            if (ids.size() != chunk.size()) {
                throw new SQLException("expected " + chunk.size() + " new ids, got " + ids.size());
            }
            return ids;
        }
    }

    private void insertRows(String insert, String row, List<Object[]> rows) throws SQLException {
        MultiRowInsert.execute(connection, insert, row, "", rows, ROWS_PER_STATEMENT, (statement, first, values) -> {
            int p = first;
            for (Object value : values) {
                statement.setObject(p++, value);
            }
            return p;
        });
    }

    private static int setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setObject(index, date);
        return index + 1;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
