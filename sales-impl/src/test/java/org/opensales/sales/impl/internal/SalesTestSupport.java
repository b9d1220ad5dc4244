package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;

/**
 * What the service tests share: a migrated test database per test class, the services built with
 * plain {@code new} on it as DS would, and a fixed "today".
 */
abstract class SalesTestSupport {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC);

    final DataSource dataSource;
    final SalesServiceImpl service;
    final SalesReportServiceImpl reports;

    SalesTestSupport() {
        dataSource = SharedDatabases.forClass(getClass());
        SalesDatabase database = SharedDatabases.salesDatabase(dataSource);
        service = new SalesServiceImpl(database, HostStandIns.contacts(), HostStandIns.users(), CLOCK);
        reports = new SalesReportServiceImpl(database);
        TestDatabase.execute(dataSource, "TRUNCATE TABLE sales_item");
    }

    long rowsInTable() {
        return TestDatabase.queryLong(dataSource, "SELECT COUNT(*) FROM sales_item");
    }

    static NewSalesItem newItem(String title, String salespersonId, Phase phase, Integer probability,
                                String amount) {
        return new NewSalesItem(title, HostStandIns.ANNA, salespersonId, phase, null, probability,
                amount == null ? null : new BigDecimal(amount), null, null);
    }
}
