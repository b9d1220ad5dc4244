package org.opensales.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.opensales.host.api.CrmUser;
import org.opensales.host.shell.internal.data.UserAccounts;
import org.opensales.sales.api.SalesRoles;

/**
 * Fills the host's tables, which belong to the host and not to the Sales module: the salespeople and
 * the manager through the host's own user directory, the contacts with plain JDBC batches (the host
 * has no bulk path).
 */
final class HostDataLoader {

    static final String MANAGER = "manager";
    static final String INBOUND = "inbound";
    static final int SALESPEOPLE = 500;
    private static final int BATCH = 5_000;

    private final Random random;

    HostDataLoader(Random random) {
        this.random = random;
    }

    /** @return the ids of the salespeople: "inbound", then sp001 to sp499 */
    static List<String> salespersonIds() {
        return Stream.concat(Stream.of(INBOUND),
                IntStream.rangeClosed(1, SALESPEOPLE - 1).mapToObj(HostDataLoader::typicalId)).toList();
    }

    static String typicalId(int n) {
        return String.format(Locale.ROOT, "sp%03d", n);
    }

    void loadUsers(UserAccounts accounts) {
        accounts.save(new CrmUser(MANAGER, "Mia Manager", Set.of(SalesRoles.SALES_MANAGER)));
        for (String id : salespersonIds()) {
            String name = id.equals(INBOUND) ? "Inbound Desk"
                    : Words.pick(Words.FIRST_NAMES, random) + " " + Words.pick(Words.LAST_NAMES, random);
            accounts.save(new CrmUser(id, name, Set.of(SalesRoles.SALESPERSON)));
        }
    }

    /**
     * Inserts the contacts in batches and returns them as the generator needs them.
     *
     * @param dataSource the CRM database
     * @param count      how many contacts
     * @param stems      the company name stems
     * @return the contacts' ids and companies
     */
    Contacts loadContacts(DataSource dataSource, int count, List<String> stems) throws SQLException {
        String[] companies = new String[count];
        long[] ids;
        String sql = "INSERT INTO crm_contact (name, company, email, phone) VALUES (?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String first = Words.pick(Words.FIRST_NAMES, random);
                String last = Words.pick(Words.LAST_NAMES, random);
                String stem = stems.get(random.nextInt(stems.size()));
                companies[i] = stem + " " + Words.pick(Words.INDUSTRIES, random) + " " + Words.pick(Words.LEGAL_FORMS, random);
                insert.setString(1, first + " " + last);
                insert.setString(2, companies[i]);
                insert.setString(3, (first + "." + last + "@" + stem + ".example").toLowerCase(Locale.ROOT));
                insert.setString(4, String.format(Locale.ROOT, "+49 %d %07d", 30 + random.nextInt(70), random.nextInt(10_000_000)));
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            c.setAutoCommit(true);
            ids = readIds(c, count);
        }
        return new Contacts(ids, companies);
    }

    /** The ids in insertion order: auto-increment values rise but may leave gaps between batches. */
    private static long[] readIds(Connection c, int count) throws SQLException {
        long[] ids = new long[count];
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM crm_contact ORDER BY id")) {
            while (rs.next()) {
                if (n == count) {
                    throw new IllegalStateException("crm_contact holds more than " + count + " rows");
                }
                ids[n++] = rs.getLong(1);
            }
        }
        if (n != count) {
            throw new IllegalStateException("crm_contact holds " + n + " rows, expected " + count);
        }
        return ids;
    }

    /**
     * The loaded contacts.
     *
     * @param ids       the id of each contact, by position
     * @param companies the company of each contact, by position
     */
    record Contacts(long[] ids, String[] companies) {

        int size() {
            return companies.length;
        }
    }
}
