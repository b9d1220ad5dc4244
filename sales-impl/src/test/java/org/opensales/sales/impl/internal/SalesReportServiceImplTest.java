package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalespersonTotals;

/**
 * The report figures on a small data set, worked out by hand:
 * <pre>
 * title     salesperson phase     amount    prob  amount x prob / 100
 * oven      pieter      PROSPECT  1000.00   10    100.00
 * mixer     pieter      PROSPECT   333.33   25     83.3325
 * slicer    fatima      QUOTE     2000.00   40    800.00
 * counter   fatima      ORDER     5000.00  100   5000.00
 * scale     pieter      LOST       750.50    0      0.00
 *
 * PROSPECT 2 items, 1333.33, weighted 183.3325 -> 183.33
 * QUOTE 1, 2000.00, 800.00 · ORDER 1, 5000.00, 5000.00 · INVOICE 0, 0.00, 0.00 · LOST 1, 750.50, 0.00
 * all 5 items, 9083.83, weighted 5983.3325 -> 5983.33
 * fatima 2 items, 7000.00, 5800.00 · pieter 3 items, 2083.83, 183.3325 -> 183.33
 *
 * open (PROSPECT, QUOTE) 3 items, 3333.33, weighted pipeline 183.3325 + 800.00 = 983.3325 -> 983.33
 * won (ORDER, INVOICE) 1, 5000.00 · lost 1, 750.50 · win rate 1 / (1 + 1) = 50.0
 * average order value 5000.00 / 1 = 5000.00 · cycle time: counter started in ORDER, so it has no
 * prospect date and no won item has both dates: null
 * </pre>
 */
class SalesReportServiceImplTest extends SalesTestSupport {

    private void createDataSet() {
        create("oven", "pieter", Phase.PROSPECT, "1000.00", 10);
        create("mixer", "pieter", Phase.PROSPECT, "333.33", 25);
        create("slicer", "fatima", Phase.QUOTE, "2000.00", 40);
        create("counter", "fatima", Phase.ORDER, "5000.00", 100);
        create("scale", "pieter", Phase.LOST, "750.50", 0);
    }

    @Test
    void generalInformationHasEveryPhaseAndTheTotals() {
        createDataSet();

        GeneralReport report = reports.generalInformation(SalesFilter.all());

        assertThat(report.phases()).containsExactly(
                totals(Phase.PROSPECT, 2, "1333.33", "183.33"),
                totals(Phase.QUOTE, 1, "2000.00", "800.00"),
                totals(Phase.ORDER, 1, "5000.00", "5000.00"),
                totals(Phase.INVOICE, 0, "0.00", "0.00"),
                totals(Phase.LOST, 1, "750.50", "0.00"));
        assertThat(report.count()).isEqualTo(5);
        assertThat(report.amount()).isEqualTo(new BigDecimal("9083.83"));
        assertThat(report.weightedAmount()).isEqualTo(new BigDecimal("5983.33"));
        assertThat(report.open()).isEqualTo(new Outcome(3, new BigDecimal("3333.33")));
        assertThat(report.weightedPipeline()).isEqualTo(new BigDecimal("983.33"));
        assertThat(report.won()).isEqualTo(new Outcome(1, new BigDecimal("5000.00")));
        assertThat(report.lost()).isEqualTo(new Outcome(1, new BigDecimal("750.50")));
        assertThat(report.winRatePercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(report.averageOrderValue()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(report.averageCycleDays()).isNull();
    }

    @Test
    void generalInformationObeysTheFilter() {
        createDataSet();
        SalesFilter pieterOpen = SalesFilter.builder().phases(Set.of(Phase.PROSPECT, Phase.QUOTE)).salespersonIds(Set.of("pieter")).build();

        GeneralReport report = reports.generalInformation(pieterOpen);

        assertThat(report.phases()).containsExactly(
                totals(Phase.PROSPECT, 2, "1333.33", "183.33"),
                totals(Phase.QUOTE, 0, "0.00", "0.00"),
                totals(Phase.ORDER, 0, "0.00", "0.00"),
                totals(Phase.INVOICE, 0, "0.00", "0.00"),
                totals(Phase.LOST, 0, "0.00", "0.00"));
        assertThat(report.count()).isEqualTo(2);
        assertThat(report.amount()).isEqualTo(new BigDecimal("1333.33"));
        assertThat(report.weightedAmount()).isEqualTo(new BigDecimal("183.33"));
        assertThat(reports.generalInformation(SalesFilter.builder().text("MIX").build()).amount())
                .isEqualTo(new BigDecimal("333.33"));
    }

    @Test
    void generalInformationOfNothingIsAllZeros() {
        GeneralReport report = reports.generalInformation(SalesFilter.all());

        assertThat(report.phases()).extracting(PhaseTotals::phase).containsExactly(Phase.values());
        assertThat(report.phases()).allSatisfy(p -> {
            assertThat(p.count()).isZero();
            assertThat(p.amount()).isEqualTo(new BigDecimal("0.00"));
            assertThat(p.weightedAmount()).isEqualTo(new BigDecimal("0.00"));
        });
        assertThat(report.count()).isZero();
        assertThat(report.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(report.weightedAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(report.open()).isEqualTo(new Outcome(0, new BigDecimal("0.00")));
        assertThat(report.weightedPipeline()).isEqualTo(new BigDecimal("0.00"));
        assertThat(report.won()).isEqualTo(new Outcome(0, new BigDecimal("0.00")));
        assertThat(report.lost()).isEqualTo(new Outcome(0, new BigDecimal("0.00")));
        assertThat(report.winRatePercent()).isNull();
        assertThat(report.averageOrderValue()).isNull();
        assertThat(report.averageCycleDays()).isNull();
    }

    @Test
    void totalsPerSalespersonOrderedById() {
        createDataSet();

        assertThat(reports.totalsPerSalesperson(SalesFilter.all())).containsExactly(
                new SalespersonTotals("fatima", 2, new BigDecimal("7000.00"), new BigDecimal("5800.00")),
                new SalespersonTotals("pieter", 3, new BigDecimal("2083.83"), new BigDecimal("183.33")));
        assertThat(reports.totalsPerSalesperson(SalesFilter.builder().phases(Set.of(Phase.LOST, Phase.ORDER)).build()))
                .containsExactly(
                        new SalespersonTotals("fatima", 1, new BigDecimal("5000.00"), new BigDecimal("5000.00")),
                        new SalespersonTotals("pieter", 1, new BigDecimal("750.50"), new BigDecimal("0.00")));
        assertThat(reports.totalsPerSalesperson(SalesFilter.all().forSalesperson("sanne"))).isEmpty();
    }

    @Test
    void everyFigureObeysTheAccessRule() {
        createDataSet();
        SalesItem shared = service.create(new NewItemDraft().title("shared").salespersonId("fatima").amount("100.00")
                .probability(50).sharedWith(Set.of("pieter")).build());

        users.actAs("pieter");
        GeneralReport report = reports.generalInformation(SalesFilter.all());
        assertThat(report.count()).isEqualTo(4);
        assertThat(report.amount()).isEqualTo(new BigDecimal("2183.83"));
        assertThat(reports.totalsPerSalesperson(SalesFilter.all())).containsExactly(
                new SalespersonTotals("fatima", 1, new BigDecimal("100.00"), new BigDecimal("50.00")),
                new SalespersonTotals("pieter", 3, new BigDecimal("2083.83"), new BigDecimal("183.33")));
        users.actAs("tom");
        assertThat(reports.generalInformation(SalesFilter.all()).count()).isZero();
        assertThat(reports.totalsPerSalesperson(SalesFilter.all())).isEmpty();
        users.actAs("vera");
        assertThat(reports.generalInformation(SalesFilter.all()).count()).isEqualTo(6);
        assertThat(shared.sharedWith()).containsExactly("pieter");
    }

    private void create(String title, String salespersonId, Phase phase, String amount, int probability) {
        SalesItem item = service.create(new NewItemDraft().title(title).salespersonId(salespersonId)
                .phase(phase == Phase.LOST ? Phase.PROSPECT : phase).amount(amount).probability(probability).build());
        if (phase == Phase.LOST) {
            service.markLost(item.id(), item.version(), "No budget", "");
        }
    }

    private static PhaseTotals totals(Phase phase, long count, String amount, String weighted) {
        return new PhaseTotals(phase, count, new BigDecimal(amount), new BigDecimal(weighted));
    }
}
