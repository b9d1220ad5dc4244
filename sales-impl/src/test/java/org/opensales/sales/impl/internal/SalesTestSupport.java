package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/**
 * What the service tests share: a migrated test database per test class, emptied before each test
 * with the managed lists back at their defaults, the services built with plain {@code new} on it as
 * DS would, a fixed "today", and a current user: the manager sanne unless a test acts as another.
 */
abstract class SalesTestSupport {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC);

    final DataSource dataSource;
    final HostStandIns.Users users = HostStandIns.users();
    final HostStandIns.Contacts contacts = HostStandIns.contacts();
    final CapturedEvents events = new CapturedEvents();
    final SalesServiceImpl service;
    final SalesReportServiceImpl reports;
    final SalesCatalogImpl catalog;

    SalesTestSupport() {
        dataSource = SharedDatabases.forClass(getClass());
        SalesDatabase database = SharedDatabases.salesDatabase(dataSource);
        service = new SalesServiceImpl(database, contacts, users, events,
                ProbabilityDefaults.standard(), CLOCK);
        reports = new SalesReportServiceImpl(database, users, contacts);
        catalog = new SalesCatalogImpl(database, users);
        TestDatabase.executeAll(dataSource,
                "SET FOREIGN_KEY_CHECKS = 0",
                "SET SESSION innodb_ft_enable_stopword = OFF", // TRUNCATE rebuilds the full-text index
                "TRUNCATE TABLE sales_history",
                "TRUNCATE TABLE sales_item_contact",
                "TRUNCATE TABLE sales_item_tag",
                "TRUNCATE TABLE sales_item_share",
                "TRUNCATE TABLE sales_item",
                "TRUNCATE TABLE sales_rollup",
                "TRUNCATE TABLE sales_rollup_month",
                "SET FOREIGN_KEY_CHECKS = 1",
                "DELETE FROM sales_source",
                "INSERT INTO sales_source (name, campaign_cost, active) VALUES ('Website', 0, TRUE),"
                        + " ('Trade fair', 0, TRUE), ('Referral', 0, TRUE), ('Campaign spring', 0, TRUE),"
                        + " ('Cold call', 0, TRUE), ('Partner', 0, TRUE)",
                "DELETE FROM sales_lost_reason",
                "INSERT INTO sales_lost_reason (name, active) VALUES ('Price too high', TRUE),"
                        + " ('Chose a competitor', TRUE), ('No budget', TRUE), ('No decision', TRUE),"
                        + " ('Bad timing', TRUE)");
        users.actAs("sanne");
    }

    long rowsInTable() {
        return TestDatabase.queryLong(dataSource, "SELECT COUNT(*) FROM sales_item");
    }

    long rows(String table) {
        return TestDatabase.queryLong(dataSource, "SELECT COUNT(*) FROM " + table);
    }

    /** Runs a call as another user and returns to the current one. */
    <T> T as(String userId, Callable<T> call) {
        try {
            return users.runAs(userId, call);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a stored item of the salesperson in the phase, moved there step by step as a manager would */
    SalesItem itemIn(Phase phase, String salespersonId) {
        SalesItem item = as("sanne", () -> service.create(new NewItemDraft().salespersonId(salespersonId)
                .probability(null).build()));
        return switch (phase) {
            case PROSPECT -> item;
            case QUOTE, ORDER, INVOICE -> as("sanne", () -> service.update(item.toBuilder().phase(phase).build()));
            case LOST -> as("sanne", () -> service.markLost(item.id(), item.version(), "No budget", ""));
        };
    }

    static NewSalesItem newItem(String title, String salespersonId, Phase phase, Integer probability,
                                String amount) {
        return new NewSalesItem(title, HostStandIns.ANNA, salespersonId, phase, null, probability,
                amount == null ? null : new BigDecimal(amount), null, null);
    }
}
