package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.apache.ibatis.session.SqlSession;

import org.opensales.sales.api.Phase;

/**
 * Writes hand-built sales items straight into the tables, bypassing the service, so a report test
 * sets every phase date, reason and flag exactly as its worked example needs. The rollups are
 * rebuilt after each item, as they would be after any write around the service.
 */
final class ReportRows {

    private final DataSource dataSource;

    ReportRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return a row of pieter's, PROSPECT, 0.00 at 0 %, active, no source and no dates; change and insert it */
    Row item(String title) {
        return new Row(title);
    }

    /** Shares an item with a user. */
    void share(long itemId, String userId) {
        TestDatabase.execute(dataSource, "INSERT INTO sales_item_share (item_id, user_id) VALUES (" + itemId + ", '"
                + userId + "')");
    }

    /** Sets a monthly target; the month is given as its first day, such as 2025-02-01. */
    void target(String salespersonId, String month, int orders, String revenue) {
        TestDatabase.execute(dataSource, "INSERT INTO sales_target (salesperson_id, month, orders, revenue) VALUES ('"
                + salespersonId + "', '" + month + "', " + orders + ", " + revenue + ")");
    }

    /** Sets the campaign cost of a source, adding it to the list if needed. */
    void sourceCost(String source, String cost) {
        TestDatabase.execute(dataSource, "INSERT INTO sales_source (name, campaign_cost, active) VALUES ('" + source
                + "', " + cost + ", TRUE) ON DUPLICATE KEY UPDATE campaign_cost = VALUES(campaign_cost)");
    }

    private void rebuildRollups() {
        try (SqlSession session = SharedDatabases.salesDatabase(dataSource).openSession()) {
            RollupRebuild.run(session);
            session.commit();
        }
    }

    /** One item to insert. */
    final class Row {
        private final String title;
        private String salespersonId = "pieter";
        private Phase phase = Phase.PROSPECT;
        private BigDecimal amount = new BigDecimal("0.00");
        private int probability;
        private String source = "";
        private String lostReason = "";
        private boolean active = true;
        private LocalDate prospect;
        private LocalDate quote;
        private LocalDate order;
        private LocalDate invoice;
        private LocalDate lost;
        private LocalDate expectedClose;

        private Row(String title) {
            this.title = title;
        }

        Row salesperson(String v) { salespersonId = v; return this; }
        Row phase(Phase v) { phase = v; return this; }
        Row amount(String v) { amount = new BigDecimal(v); return this; }
        Row probability(int v) { probability = v; return this; }
        Row source(String v) { source = v; return this; }
        Row lostReason(String v) { lostReason = v; return this; }
        Row inactive() { active = false; return this; }
        Row prospect(String v) { prospect = LocalDate.parse(v); return this; }
        Row quote(String v) { quote = LocalDate.parse(v); return this; }
        Row order(String v) { order = LocalDate.parse(v); return this; }
        Row invoice(String v) { invoice = LocalDate.parse(v); return this; }
        Row lost(String v) { lost = LocalDate.parse(v); return this; }
        Row expectedClose(String v) { expectedClose = LocalDate.parse(v); return this; }

        /** @return the new item's id */
        long insert() {
            String sql = "INSERT INTO sales_item (version, title, contact_id, salesperson_id, phase, prospect_date,"
                    + " quote_date, order_date, invoice_date, lost_date, expected_close_date, probability, amount,"
                    + " currency, source, lost_reason, active, created_at, updated_at)"
                    + " VALUES (1, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))";
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                Object[] values = {title, salespersonId, phase.name(), prospect, quote, order, invoice, lost,
                        expectedClose, probability, amount, source, lostReason, active};
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.executeUpdate();
                long id;
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                rebuildRollups();
                return id;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot insert " + title + ": " + e.getMessage(), e);
            }
        }
    }
}
