package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalespersonPerformance;
import org.opensales.sales.api.ValidationException;

/**
 * Targets against actuals for February and March 2025 (2025-02-01 to 2025-03-31):
 * <pre>
 * item salesperson phase    amount  prob  dates                                   counts as
 * p1   pieter      PROSPECT 1000.00  20                                           open, weighted 200.00
 * p2   pieter      QUOTE     300.00  50                                           open, weighted 150.00
 * p3   pieter      ORDER    2000.00 100   order 2025-02-01 (first day)            won
 * p4   pieter      INVOICE   500.00 100   order 2025-03-31 (last day), inv. 04-02 won
 * p5   pieter      ORDER     800.00 100   order 2025-01-31                        before the period
 * p6   pieter      ORDER     900.00 100   order 2025-04-01                        after the period
 * p7   pieter      INVOICE   250.00 100   invoice 2025-03-15 only (skipped ORDER) won
 * p8   pieter      LOST      400.00   0   lost 2025-03-10                         lost
 * p9   pieter      LOST      111.00   0   lost 2025-01-15                         before the period
 * f1   fatima      QUOTE     600.00  25                                           open, weighted 150.00
 * f2   fatima      ORDER    1200.00 100   order 2025-02-14                        won
 *
 * targets (month: orders, revenue): pieter 2025-01: 1, 100.00 (before) · 2025-02: 2, 1500.00 ·
 * 2025-03: 3, 2000.50 · 2025-04: 5, 9999.00 (after); fatima 2025-03: 1, 1000.00; tom 2025-02: 4, 3000.00
 *
 * fatima: open 1, 600.00, weighted 150.00; won 1, 1200.00; lost 0; targets 1, 1000.00
 * pieter: open 2, 1300.00, weighted 350.00; won p3 p4 p7: 3, 2750.00; lost p8: 1, 400.00; targets 5, 3500.50
 * tom:    no items, all zeros; targets 4, 3000.00
 * </pre>
 */
class SalespersonPerformanceTest extends SalesTestSupport {

    private static final YearMonth FEBRUARY = YearMonth.of(2025, 2);
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private final ReportRows rows = new ReportRows(dataSource);
    private long f1;

    @BeforeEach
    void createDataSet() {
        TestDatabase.execute(dataSource, "DELETE FROM sales_target");
        rows.item("p1").amount("1000.00").probability(20).insert();
        rows.item("p2").phase(Phase.QUOTE).amount("300.00").probability(50).insert();
        rows.item("p3").phase(Phase.ORDER).amount("2000.00").probability(100).order("2025-02-01").insert();
        rows.item("p4").phase(Phase.INVOICE).amount("500.00").probability(100).order("2025-03-31")
                .invoice("2025-04-02").insert();
        rows.item("p5").phase(Phase.ORDER).amount("800.00").probability(100).order("2025-01-31").insert();
        rows.item("p6").phase(Phase.ORDER).amount("900.00").probability(100).order("2025-04-01").insert();
        rows.item("p7").phase(Phase.INVOICE).amount("250.00").probability(100).invoice("2025-03-15").insert();
        rows.item("p8").phase(Phase.LOST).amount("400.00").lost("2025-03-10").insert();
        rows.item("p9").phase(Phase.LOST).amount("111.00").lost("2025-01-15").insert();
        f1 = rows.item("f1").salesperson("fatima").phase(Phase.QUOTE).amount("600.00").probability(25).insert();
        rows.item("f2").salesperson("fatima").phase(Phase.ORDER).amount("1200.00").probability(100)
                .order("2025-02-14").insert();
        rows.target("pieter", "2025-01-01", 1, "100.00");
        rows.target("pieter", "2025-02-01", 2, "1500.00");
        rows.target("pieter", "2025-03-01", 3, "2000.50");
        rows.target("pieter", "2025-04-01", 5, "9999.00");
        rows.target("fatima", "2025-03-01", 1, "1000.00");
        rows.target("tom", "2025-02-01", 4, "3000.00");
    }

    @Test
    void everySalespersonWithItemsOrTargetsAgainstTheTargets() {
        assertThat(reports.salespersonPerformance(SalesFilter.all(), FEBRUARY, MARCH))
                .containsExactly(fatima(), pieter(), tom());
    }

    @Test
    void aViewerSeesEveryone() {
        users.actAs("vera");

        assertThat(reports.salespersonPerformance(SalesFilter.all(), FEBRUARY, MARCH))
                .containsExactly(fatima(), pieter(), tom());
    }

    /* March alone: pieter won p4 (03-31) and p7 (03-15): 2, 750.00; lost p8; targets 3, 2000.50. */
    @Test
    void theMonthsSetThePeriod() {
        assertThat(reports.salespersonPerformance(SalesFilter.all().forSalesperson("pieter"), MARCH, MARCH))
                .containsExactly(new SalespersonPerformance("pieter", outcome(2, "1300.00"), amount("350.00"),
                        outcome(2, "750.00"), outcome(1, "400.00"), 3, amount("2000.50")));
    }

    /* f1 shared with pieter is fatima's: it stays out of pieter's row, and fatima's row is not his to see. */
    @Test
    void aSalespersonSeesOwnRowOnly() {
        rows.share(f1, "pieter");

        users.actAs("pieter");
        assertThat(reports.salespersonPerformance(SalesFilter.all(), FEBRUARY, MARCH)).containsExactly(pieter());
        assertThat(reports.salespersonPerformance(SalesFilter.all().forSalesperson("fatima"), FEBRUARY, MARCH))
                .isEmpty();
        users.actAs("tom");
        assertThat(reports.salespersonPerformance(SalesFilter.all(), FEBRUARY, MARCH)).containsExactly(tom());
    }

    @Test
    void aSalespersonFilterLeavesOthersOutTargetsIncluded() {
        assertThat(reports.salespersonPerformance(SalesFilter.builder().salespersonIds(Set.of("fatima", "tom")).build(),
                FEBRUARY, MARCH)).containsExactly(fatima(), tom());
    }

    /* Open phases only: nothing won or lost; the targets stay. */
    @Test
    void aPhaseFilterChangesTheActuals() {
        SalesFilter open = SalesFilter.builder().phases(Set.of(Phase.PROSPECT, Phase.QUOTE)).build();

        assertThat(reports.salespersonPerformance(open, FEBRUARY, MARCH)).containsExactly(
                new SalespersonPerformance("fatima", outcome(1, "600.00"), amount("150.00"), outcome(0, "0.00"),
                        outcome(0, "0.00"), 1, amount("1000.00")),
                new SalespersonPerformance("pieter", outcome(2, "1300.00"), amount("350.00"), outcome(0, "0.00"),
                        outcome(0, "0.00"), 5, amount("3500.50")),
                tom());
    }

    @Test
    void theFiltersOwnPeriodIsIgnored() {
        SalesFilter longAgo = SalesFilter.builder()
                .period(PeriodField.CREATED, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2)).build();

        assertThat(reports.salespersonPerformance(longAgo, FEBRUARY, MARCH)).containsExactly(fatima(), pieter(), tom());
    }

    @Test
    void thePeriodMustBeInOrder() {
        assertThatThrownBy(() -> reports.salespersonPerformance(SalesFilter.all(), MARCH, FEBRUARY))
                .isInstanceOf(ValidationException.class).hasMessage("to must not be before from");
        assertThatThrownBy(() -> reports.salespersonPerformance(SalesFilter.all(), null, null))
                .isInstanceOf(ValidationException.class).hasMessage("from is required; to is required");
    }

    private static SalespersonPerformance fatima() {
        return new SalespersonPerformance("fatima", outcome(1, "600.00"), amount("150.00"), outcome(1, "1200.00"),
                outcome(0, "0.00"), 1, amount("1000.00"));
    }

    private static SalespersonPerformance pieter() {
        return new SalespersonPerformance("pieter", outcome(2, "1300.00"), amount("350.00"), outcome(3, "2750.00"),
                outcome(1, "400.00"), 5, amount("3500.50"));
    }

    private static SalespersonPerformance tom() {
        return new SalespersonPerformance("tom", outcome(0, "0.00"), amount("0.00"), outcome(0, "0.00"),
                outcome(0, "0.00"), 4, amount("3000.00"));
    }

    private static Outcome outcome(long count, String amount) {
        return new Outcome(count, new BigDecimal(amount));
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
