package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesReportService;

/** An install that has items before the rollups exist gets them filled by the migration. */
class RollupMigrationTest extends SalesTestSupport {

    private final SalesReportService fromItems =
            new SalesReportServiceImpl(SharedDatabases.salesDatabase(dataSource), users, contacts, false);

    @Test
    void theMigrationSumsTheItemsOfAnExistingInstall() {
        SalesItem won = service.create(new NewItemDraft().amount("1200.10").probability(40)
                .expectedCloseDate(LocalDate.of(2025, 5, 1)).build());
        service.markWon(won.id(), won.version());
        SalesItem lost = service.create(new NewItemDraft().salespersonId("tom").source("Referral").amount("99.99").build());
        service.markLost(lost.id(), lost.version(), "No budget", "");
        service.create(new NewItemDraft().salespersonId("fatima").phase(Phase.QUOTE).amount("350.55").probability(33)
                .expectedCloseDate(LocalDate.of(2025, 4, 20)).build());
        TestDatabase.executeAll(dataSource, "DROP TABLE sales_rollup", "DROP TABLE sales_rollup_month",
                "DELETE FROM sales_databasechangelog WHERE id LIKE 'rollups-%'");

        new SchemaMigration(SchemaMigration.class.getClassLoader()).migrate(dataSource);

        assertThat(rows("sales_rollup")).as("per salesperson and all salespeople").isEqualTo(6);
        for (SalesFilter filter : new SalesFilter[] {SalesFilter.all(),
                SalesFilter.builder().salespersonIds(Set.of("tom", "fatima")).build()}) {
            assertThat(reports.generalInformation(filter)).isEqualTo(fromItems.generalInformation(filter));
            assertThat(reports.lostReasons(filter)).isEqualTo(fromItems.lostReasons(filter));
            assertThat(reports.forecast(filter, YearMonth.of(2025, 1), 12))
                    .isEqualTo(fromItems.forecast(filter, YearMonth.of(2025, 1), 12));
            assertThat(reports.salespersonPerformance(filter, YearMonth.of(2025, 3), YearMonth.of(2025, 3)))
                    .isEqualTo(fromItems.salespersonPerformance(filter, YearMonth.of(2025, 3), YearMonth.of(2025, 3)));
        }
        assertThat(service.count(SalesFilter.all())).isEqualTo(3);
    }
}
