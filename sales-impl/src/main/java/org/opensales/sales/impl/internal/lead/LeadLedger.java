package org.opensales.sales.impl.internal.lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.apache.ibatis.session.SqlSession;
import org.opensales.sales.api.SalesException;
import org.opensales.sales.impl.internal.SalesDatabase;

/**
 * The table {@code sales_lead}: which lead ids were taken in, with their contact and item. Its primary
 * key makes a lead id count once even when two submissions of it arrive at the same moment: the
 * second insert waits for the first transaction and then fails as a duplicate.
 */
final class LeadLedger {

    private static final int DUPLICATE_KEY = 1062;

    private final SalesDatabase database;

    LeadLedger(SalesDatabase database) {
        this.database = database;
    }

    /**
     * A lead id taken in earlier.
     *
     * @param contactId its contact
     * @param itemId    its sales item
     */
    record Entry(long contactId, long itemId) {
    }

    /**
     * Looks up a lead id.
     *
     * @param leadId the lead id
     * @return the earlier entry, or empty when the id is new
     */
    Optional<Entry> find(String leadId) {
        try (SqlSession session = database.openSession();
             PreparedStatement select = session.getConnection().prepareStatement(
                     "SELECT contact_id, item_id FROM sales_lead WHERE lead_id = ?")) {
            select.setString(1, leadId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Entry(rs.getLong(1), rs.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new SalesException("Cannot read the lead " + leadId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Claims a lead id: inserts its row in a transaction that {@link Claim#complete} commits.
     *
     * @param leadId the lead id
     * @return the claim, or empty when another submission recorded the id first
     */
    Optional<Claim> claim(String leadId) {
        SqlSession session = database.openSession();
        try {
            Connection connection = session.getConnection();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sales_lead (lead_id, received_at) VALUES (?, UTC_TIMESTAMP(3))")) {
                insert.setString(1, leadId);
                insert.executeUpdate();
            }
            return Optional.of(new Claim(leadId, session, connection));
        } catch (SQLException e) {
            Claim.rollbackAndClose(session);
            if (e.getErrorCode() == DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw new SalesException("Cannot record the lead " + leadId + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            Claim.rollbackAndClose(session);
            throw e;
        }
    }

    /** A lead id inserted but not yet committed; closing it without completing rolls it back. */
    static final class Claim implements AutoCloseable {

        private final String leadId;
        private final SqlSession session;
        private final Connection connection;
        private boolean completed;

        private Claim(String leadId, SqlSession session, Connection connection) {
            this.leadId = leadId;
            this.session = session;
            this.connection = connection;
        }

        /**
         * Records the lead's contact and item and commits.
         *
         * @param contactId the contact
         * @param itemId    the item
         */
        void complete(long contactId, long itemId) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sales_lead SET contact_id = ?, item_id = ? WHERE lead_id = ?")) {
                update.setLong(1, contactId);
                update.setLong(2, itemId);
                update.setString(3, leadId);
                update.executeUpdate();
                connection.commit();
                completed = true;
            } catch (SQLException e) {
                throw new SalesException("Cannot record the lead " + leadId + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (completed) {
                session.close();
            } else {
                rollbackAndClose(session);
            }
        }

        /* MyBatis resets auto-commit on close, which would commit; roll back explicitly first. */
        private static void rollbackAndClose(SqlSession session) {
            try {
                session.getConnection().rollback();
            } catch (SQLException ignored) {
                // the connection is broken; closing it discards the transaction as well
            } finally {
                session.close();
            }
        }
    }
}
