package org.opensales.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.opensales.sales.api.SalesImport;
import org.opensales.sales.api.SalesItem;

/**
 * Generates the bench data set, deterministic for a seed and a day: 500 salespeople and a manager,
 * 200,000 contacts, and 1,000,000 sales items loaded through {@link SalesImport} in calls of 10,000,
 * the project's bulk path. The salesperson "inbound" owns 100,000 items; the others share the rest.
 */
final class DataGenerator {

    static final int CONTACTS = 200_000;
    static final int ITEMS = 1_000_000;
    static final int INBOUND_ITEMS = 100_000;
    static final long SEED = 20261205L;
    private static final int COMPANY_STEMS = 3_000;

    private final BenchServices services;
    private final Random random = new Random(SEED);

    DataGenerator(BenchServices services) {
        this.services = services;
    }

    /**
     * @param dataSource the CRM database
     * @return true when a previous run loaded the whole data set
     */
    static boolean isLoaded(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM crm_contact), (SELECT COUNT(*) FROM sales_item),"
                     + " (SELECT COUNT(*) FROM crm_user)")) {
            rs.next();
            return rs.getLong(1) == CONTACTS && rs.getLong(2) == ITEMS && rs.getLong(3) == HostDataLoader.SALESPEOPLE + 1;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Loads everything, printing the time of each part; the items as the manager, who alone may import. */
    void load() throws Exception {
        HostDataLoader host = new HostDataLoader(random);
        List<String> salespeople = HostDataLoader.salespersonIds();
        long start = System.nanoTime();
        host.loadUsers(services.userAccounts);
        long users = System.nanoTime();
        System.out.printf("load: %d users (host directory, one by one) in %.1f s%n", salespeople.size() + 1, secs(start, users));
        HostDataLoader.Contacts contacts = host.loadContacts(services.pool, CONTACTS, Words.companyStems(COMPANY_STEMS, random));
        long contactsDone = System.nanoTime();
        System.out.printf("load: %,d contacts (host table, JDBC batches of 5,000) in %.1f s%n", CONTACTS, secs(users, contactsDone));
        ItemFactory factory = new ItemFactory(random, contacts, salespeople, LocalDate.now());
        String[] owners = owners(salespeople);
        services.users.runAs(HostDataLoader.MANAGER, () -> {
            loadItems(factory, owners);
            return null;
        });
        long itemsDone = System.nanoTime();
        System.out.printf("load: %,d sales items (SalesImport.importItems, %d calls of %,d) in %.1f s (%,.0f items/s)%n",
                ITEMS, ITEMS / SalesImport.MAX_ITEMS_PER_CALL, SalesImport.MAX_ITEMS_PER_CALL, secs(contactsDone, itemsDone),
                ITEMS / secs(contactsDone, itemsDone));
        System.out.printf("load: total %.1f s (target < 120 s)%n", secs(start, itemsDone));
        try (Connection c = services.pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE sales_item, sales_item_contact, sales_item_tag, sales_item_share, sales_history, crm_contact");
        }
    }

    private void loadItems(ItemFactory factory, String[] owners) {
        List<SalesItem> chunk = new ArrayList<>(SalesImport.MAX_ITEMS_PER_CALL);
        long generating = 0;
        for (int i = 0; i < owners.length; i++) {
            long t = System.nanoTime();
            chunk.add(factory.next(owners[i]));
            generating += System.nanoTime() - t;
            if (chunk.size() == SalesImport.MAX_ITEMS_PER_CALL || i == owners.length - 1) {
                services.importer.importItems(chunk);
                chunk.clear();
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("load:   %,d items%n", i + 1);
                }
            }
        }
        System.out.printf("load:   (of which %.1f s making the items in Java)%n", generating / 1e9);
    }

    /** The owner of each item in load order: exact counts per salesperson, shuffled. */
    private String[] owners(List<String> salespeople) {
        String[] owners = new String[ITEMS];
        int next = 0;
        for (int i = 0; i < INBOUND_ITEMS; i++) {
            owners[next++] = HostDataLoader.INBOUND;
        }
        List<String> others = salespeople.subList(1, salespeople.size());
        double[] weights = new double[others.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.8 + 0.4 * random.nextDouble();
            sum += weights[i];
        }
        int rest = ITEMS - INBOUND_ITEMS;
        for (int i = 0; i < others.size(); i++) {
            int share = i == others.size() - 1 ? ITEMS - next : (int) Math.round(rest * weights[i] / sum);
            for (int k = 0; k < share && next < ITEMS; k++) {
                owners[next++] = others.get(i);
            }
        }
        for (int i = owners.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = owners[i];
            owners[i] = owners[j];
            owners[j] = swap;
        }
        return owners;
    }

    private static double secs(long from, long to) {
        return (to - from) / 1e9;
    }
}
