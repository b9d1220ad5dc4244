package org.opensales.sales.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the extra contacts, tags and shares of a page of items in one statement. Plain JDBC on the
 * session's connection: MyBatis' {@code <foreach>} compiles a regular expression for every element of
 * a list, which made this query's 50 ids cost more than running it.
 */
final class ChildRowQuery {

    private static final String SQL = """
            SELECT c.kind, c.item_id, c.value FROM (
              SELECT 'C' AS kind, item_id,
                CAST(contact_id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci AS value, position
              FROM sales_item_contact
              UNION ALL
              SELECT 'T', item_id, tag, 0 FROM sales_item_tag
              UNION ALL
              SELECT 'S', item_id, user_id, 0 FROM sales_item_share
            ) AS c
            WHERE c.item_id IN (%s)
            ORDER BY c.kind, c.item_id, c.position""";

    private ChildRowQuery() {
    }

    /**
     * MariaDB pushes the IN condition down into each branch, which then reads its primary key (item_id
     * first) as a range.
     *
     * @param connection the session's connection, in its transaction if it has one
     * @param ids        the items, at least one
     * @return their child rows, by kind (C extra contacts in order, T tags, S shares) and item
     */
    static List<ChildRow> of(Connection connection, List<Long> ids) {
        String sql = String.format(SQL, String.join(",", Collections.nCopies(ids.size(), "?")));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            List<ChildRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ChildRow row = new ChildRow();
                    row.kind = result.getString(1);
                    row.itemId = result.getLong(2);
                    row.value = result.getString(3);
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the child rows of " + ids.size() + " sales items failed", e);
        }
    }
}
