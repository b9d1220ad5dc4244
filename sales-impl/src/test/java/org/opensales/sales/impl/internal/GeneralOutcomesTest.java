package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

/**
 * The open, won and lost figures of "General information", on items with hand-set phase dates:
 * <pre>
 * item salesperson phase    amount  prob weighted    prospect   order      other
 * a    pieter      PROSPECT 1000.00  20   200.00     2025-01-01
 * b    pieter      QUOTE     500.00  50   250.00     2025-01-01            quote 01-05
 * c    fatima      QUOTE     333.33  33   109.9989                         quote 01-07
 * d    pieter      ORDER    2000.00  90  1800.00     2025-01-01 2025-01-11 (10 days)
 * e    fatima      INVOICE  1000.01 100  1000.01     2025-02-01 2025-02-04 (3 days), invoice 02-10
 * f    fatima      INVOICE   400.00 100   400.00                           invoice 02-20 only
 * g    pieter      LOST      700.00  10    70.00     2025-01-05            lost 02-01
 * h    tom         LOST      100.00  10    inactive, left out by default
 *
 * all 7 items, 5933.34, weighted 3830.0089 -> 3830.01
 * open a b c: 3, 1833.33, weighted pipeline 200 + 250 + 109.9989 = 559.9989 -> 560.00
 * won d e f: 3, 3400.01 · lost g: 1, 700.00 · win rate 3 / (3 + 1) = 75.0
 * average order value 3400.01 / 3 = 1133.3366 -> 1133.34
 * cycle time over d and e (f has no dates): (10 + 3) / 2 = 6.5
 * </pre>
 */
class GeneralOutcomesTest extends SalesTestSupport {

    private final ReportRows rows = new ReportRows(dataSource);
    private long c;

    @BeforeEach
    void createDataSet() {
        rows.item("a").phase(Phase.PROSPECT).amount("1000.00").probability(20).prospect("2025-01-01").insert();
        rows.item("b").phase(Phase.QUOTE).amount("500.00").probability(50).prospect("2025-01-01").quote("2025-01-05")
                .insert();
        c = rows.item("c").salesperson("fatima").phase(Phase.QUOTE).amount("333.33").probability(33)
                .quote("2025-01-07").insert();
        rows.item("d").phase(Phase.ORDER).amount("2000.00").probability(90).prospect("2025-01-01").order("2025-01-11")
                .insert();
        rows.item("e").salesperson("fatima").phase(Phase.INVOICE).amount("1000.01").probability(100)
                .prospect("2025-02-01").order("2025-02-04").invoice("2025-02-10").insert();
        rows.item("f").salesperson("fatima").phase(Phase.INVOICE).amount("400.00").probability(100)
                .invoice("2025-02-20").insert();
        rows.item("g").phase(Phase.LOST).amount("700.00").probability(10).prospect("2025-01-05").lost("2025-02-01")
                .lostReason("No budget").insert();
        rows.item("h").salesperson("tom").phase(Phase.LOST).amount("100.00").probability(10).inactive().insert();
    }

    @Test
    void totalsStayAsBefore() {
        GeneralReport report = reports.generalInformation(SalesFilter.all());

        assertThat(report.count()).isEqualTo(7);
        assertThat(report.amount()).isEqualTo(new BigDecimal("5933.34"));
        assertThat(report.weightedAmount()).isEqualTo(new BigDecimal("3830.01"));
    }

    @Test
    void openPipeline() {
        assertThat(reports.generalInformation(SalesFilter.all()).open())
                .isEqualTo(new Outcome(3, new BigDecimal("1833.33")));
    }

    @Test
    void weightedPipelineCountsOpenItemsOnly() {
        assertThat(reports.generalInformation(SalesFilter.all()).weightedPipeline()).isEqualTo(new BigDecimal("560.00"));
    }

    @Test
    void wonAndLost() {
        GeneralReport report = reports.generalInformation(SalesFilter.all());

        assertThat(report.won()).isEqualTo(new Outcome(3, new BigDecimal("3400.01")));
        assertThat(report.lost()).isEqualTo(new Outcome(1, new BigDecimal("700.00")));
    }

    @Test
    void winRate() {
        assertThat(reports.generalInformation(SalesFilter.all()).winRatePercent()).isEqualTo(new BigDecimal("75.0"));
    }

    @Test
    void averageOrderValue() {
        assertThat(reports.generalInformation(SalesFilter.all()).averageOrderValue())
                .isEqualTo(new BigDecimal("1133.34"));
    }

    @Test
    void averageCycleTimeOfWonItemsWithBothDates() {
        assertThat(reports.generalInformation(SalesFilter.all()).averageCycleDays()).isEqualTo(new BigDecimal("6.5"));
    }

    /*
     * fatima's c e f: open 1, 333.33, pipeline 109.9989 -> 110.00; won 2, 1400.01; nothing lost: 100.0;
     * average order 1400.01 / 2 = 700.005 -> 700.01 (half up); cycle time e only: 3.0.
     */
    @Test
    void aSalespersonFilterChangesEveryFigure() {
        GeneralReport report = reports.generalInformation(SalesFilter.all().forSalesperson("fatima"));

        assertThat(report.open()).isEqualTo(new Outcome(1, new BigDecimal("333.33")));
        assertThat(report.weightedPipeline()).isEqualTo(new BigDecimal("110.00"));
        assertThat(report.won()).isEqualTo(new Outcome(2, new BigDecimal("1400.01")));
        assertThat(report.lost()).isEqualTo(new Outcome(0, new BigDecimal("0.00")));
        assertThat(report.winRatePercent()).isEqualTo(new BigDecimal("100.0"));
        assertThat(report.averageOrderValue()).isEqualTo(new BigDecimal("700.01"));
        assertThat(report.averageCycleDays()).isEqualTo(new BigDecimal("3.0"));
    }

    /* Open phases only: nothing won or lost, so no rate or averages. With inactive items tom's h is lost. */
    @Test
    void aPhaseFilterLeavesNoClosedItems() {
        GeneralReport open = reports.generalInformation(
                SalesFilter.builder().phases(Set.of(Phase.PROSPECT, Phase.QUOTE)).build());
        GeneralReport withInactive = reports.generalInformation(SalesFilter.builder().includeInactive(true).build());

        assertThat(open.open()).isEqualTo(new Outcome(3, new BigDecimal("1833.33")));
        assertThat(open.won()).isEqualTo(new Outcome(0, new BigDecimal("0.00")));
        assertThat(open.winRatePercent()).isNull();
        assertThat(open.averageOrderValue()).isNull();
        assertThat(open.averageCycleDays()).isNull();
        assertThat(withInactive.lost()).isEqualTo(new Outcome(2, new BigDecimal("800.00")));
        assertThat(withInactive.winRatePercent()).isEqualTo(new BigDecimal("60.0"));
    }

    /*
     * pieter reads a b d g and fatima's c, shared with him: open 3, 1833.33, pipeline 560.00; won d:
     * 1, 2000.00; lost g: 1, 700.00; win rate 50.0; average order 2000.00; cycle time 10.0.
     * tom's only item is inactive: nothing.
     */
    @Test
    void aSalespersonCountsOwnAndSharedItemsOnly() {
        rows.share(c, "pieter");

        users.actAs("pieter");
        GeneralReport pieter = reports.generalInformation(SalesFilter.all());
        users.actAs("tom");
        GeneralReport tom = reports.generalInformation(SalesFilter.all());

        assertThat(pieter.open()).isEqualTo(new Outcome(3, new BigDecimal("1833.33")));
        assertThat(pieter.weightedPipeline()).isEqualTo(new BigDecimal("560.00"));
        assertThat(pieter.won()).isEqualTo(new Outcome(1, new BigDecimal("2000.00")));
        assertThat(pieter.lost()).isEqualTo(new Outcome(1, new BigDecimal("700.00")));
        assertThat(pieter.winRatePercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(pieter.averageOrderValue()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(pieter.averageCycleDays()).isEqualTo(new BigDecimal("10.0"));
        assertThat(tom.count()).isZero();
        assertThat(tom.open()).isEqualTo(new Outcome(0, new BigDecimal("0.00")));
        assertThat(tom.winRatePercent()).isNull();
    }
}
