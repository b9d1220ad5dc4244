package org.opensales.sales.impl.internal.lead;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.opensales.sales.api.Lead;
import org.opensales.sales.api.LeadIntakeService;
import org.opensales.sales.api.SalesCatalog;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.impl.internal.HostStandIns;
import org.opensales.sales.impl.internal.SalesCatalogImpl;
import org.opensales.sales.impl.internal.SalesDatabase;
import org.opensales.sales.impl.internal.SalesDatabaseConfig;
import org.opensales.sales.impl.internal.SalesServiceImpl;
import org.opensales.sales.impl.internal.SharedDatabases;
import org.opensales.sales.impl.internal.TestDatabase;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The lead intake built with plain {@code new} as DS would, on the real Sales services and a real
 * MariaDB, with in-memory stand-ins for the host. Counts are taken relative to the fixture's start.
 */
final class LeadIntakeFixture {

    /** The one database of the lead tests; they count relative to their start instead of emptying it. */
    static final DataSource DATA_SOURCE = SharedDatabases.forClass(LeadIntakeFixture.class);

    final HostStandIns.Contacts contacts = new HostStandIns.Contacts();
    final HostStandIns.Users users = HostStandIns.users();
    final SalesDatabase database = SharedDatabases.salesDatabase(DATA_SOURCE);
    final SalesService sales = new SalesServiceImpl(database, contacts, users, new NoEvents(),
            Configs.of(SalesDatabaseConfig.class, Map.of()));
    final SalesCatalog catalog = new SalesCatalogImpl(database, users);

    private final long itemsBefore = count("sales_item");
    private final long leadRowsBefore = count("sales_lead");

    /** @return an intake for pieter, run as sanne, with the default rule */
    LeadIntakeService intake() {
        return intake(Map.of());
    }

    /**
     * @param config configuration values besides assignTo=pieter and runAs=sanne
     * @return an intake on this fixture's services
     */
    LeadIntakeService intake(Map<String, Object> config) {
        return intake(config, sales);
    }

    LeadIntakeService intake(Map<String, Object> config, SalesService salesService) {
        Map<String, Object> values = new HashMap<>(Map.of("assignTo", "pieter", "runAs", "sanne"));
        values.putAll(config);
        return new LeadIntakeServiceImpl(Configs.of(LeadIntakeConfig.class, values), database, salesService,
                catalog, contacts, users);
    }

    /** @return the items created since this fixture was made */
    long newItems() {
        return count("sales_item") - itemsBefore;
    }

    /** @return the lead rows written since this fixture was made */
    long newLeadRows() {
        return count("sales_lead") - leadRowsBefore;
    }

    private static long count(String table) {
        return TestDatabase.queryLong(DATA_SOURCE, "SELECT COUNT(*) FROM " + table);
    }

    static Lead lead(String leadId, String person, String company, String email, String phone, int score,
                     boolean salesReady) {
        return new Lead(leadId, person, company, email, phone, "Website", score, salesReady, "");
    }

    private static final class NoEvents implements EventAdmin {

        @Override
        public void postEvent(Event event) {
            // the lead tests do not look at events
        }

        @Override
        public void sendEvent(Event event) {
            // the lead tests do not look at events
        }
    }
}
