package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SourceRoi;

/**
 * Return per source. Campaign costs: Website 1000.00, Trade fair 3000.00, Referral 0.00; Radio is not
 * in the list.
 * <pre>
 * item salesperson source     phase    amount
 * w1   pieter      Website    PROSPECT  100.00
 * w2   pieter      Website    ORDER    1500.00
 * w3   pieter      Website    INVOICE  1000.00
 * w4   pieter      Website    LOST      200.00
 * t1   fatima      Trade fair ORDER    2500.00
 * t2   fatima      Trade fair LOST      300.00
 * t3   fatima      Trade fair LOST      300.00
 * r1   fatima      Referral   QUOTE      50.00
 * x1   fatima      Radio      ORDER     100.00
 * n1   fatima      (none)     LOST       10.00
 *
 * source      items won         win rate          cost     ROI
 * Trade fair  3     1, 2500.00  1/3 = 33.3        3000.00  (2500 - 3000) / 3000 = -16.666 -> -16.7
 * Website     4     2, 2500.00  2/3 = 66.7        1000.00  (2500 - 1000) / 1000 = 150.0
 * Radio       1     1,  100.00  1/1 = 100.0          0.00  null
 * (none)      1     0,    0.00  0/1 = 0.0            0.00  null
 * Referral    1     0,    0.00  nothing closed: null 0.00  null
 * by won amount, largest first; Trade fair and Website tie at 2500.00 and go by name, as do the zeros
 * </pre>
 */
class SourcesAndRoiTest extends SalesTestSupport {

    private final ReportRows rows = new ReportRows(dataSource);
    private long t1;

    @BeforeEach
    void createDataSet() {
        rows.sourceCost("Website", "1000.00");
        rows.sourceCost("Trade fair", "3000.00");
        rows.item("w1").source("Website").amount("100.00").insert();
        rows.item("w2").source("Website").phase(Phase.ORDER).amount("1500.00").insert();
        rows.item("w3").source("Website").phase(Phase.INVOICE).amount("1000.00").insert();
        rows.item("w4").source("Website").phase(Phase.LOST).amount("200.00").insert();
        t1 = rows.item("t1").salesperson("fatima").source("Trade fair").phase(Phase.ORDER).amount("2500.00").insert();
        rows.item("t2").salesperson("fatima").source("Trade fair").phase(Phase.LOST).amount("300.00").insert();
        rows.item("t3").salesperson("fatima").source("Trade fair").phase(Phase.LOST).amount("300.00").insert();
        rows.item("r1").salesperson("fatima").source("Referral").phase(Phase.QUOTE).amount("50.00").insert();
        rows.item("x1").salesperson("fatima").source("Radio").phase(Phase.ORDER).amount("100.00").insert();
        rows.item("n1").salesperson("fatima").phase(Phase.LOST).amount("10.00").insert();
    }

    @Test
    void everySourceByWonAmountThenName() {
        assertThat(reports.sourcesAndRoi(SalesFilter.all())).containsExactly(
                tradeFair(), website(),
                roi("Radio", 1, 1, "100.00", "100.0", "0.00", null),
                roi("", 1, 0, "0.00", "0.0", "0.00", null),
                roi("Referral", 1, 0, "0.00", null, "0.00", null));
    }

    @Test
    void aSourceFilterKeepsItsSources() {
        assertThat(reports.sourcesAndRoi(SalesFilter.builder().sources(Set.of("Website", "Trade fair")).build()))
                .containsExactly(tradeFair(), website());
    }

    /* Without the lost ones, Trade fair has won 1 of 1: 100.0; Website 2 of 2. */
    @Test
    void aPhaseFilterChangesTheWinRate() {
        SalesFilter won = SalesFilter.builder().phases(Set.of(Phase.ORDER, Phase.INVOICE)).build();

        assertThat(reports.sourcesAndRoi(won)).containsExactly(
                roi("Trade fair", 1, 1, "2500.00", "100.0", "3000.00", "-16.7"),
                roi("Website", 2, 2, "2500.00", "100.0", "1000.00", "150.0"),
                roi("Radio", 1, 1, "100.00", "100.0", "0.00", null));
    }

    /* pieter reads his Website items and t1, shared with him: Trade fair 1 item, won 1 of 1, ROI -16.7. */
    @Test
    void aSalespersonCountsOwnAndSharedItemsOnly() {
        rows.share(t1, "pieter");
        users.actAs("pieter");

        assertThat(reports.sourcesAndRoi(SalesFilter.all())).containsExactly(
                roi("Trade fair", 1, 1, "2500.00", "100.0", "3000.00", "-16.7"), website());
    }

    @Test
    void noItemsNoSources() {
        users.actAs("tom");

        assertThat(reports.sourcesAndRoi(SalesFilter.all())).isEmpty();
    }

    private static SourceRoi tradeFair() {
        return roi("Trade fair", 3, 1, "2500.00", "33.3", "3000.00", "-16.7");
    }

    private static SourceRoi website() {
        return roi("Website", 4, 2, "2500.00", "66.7", "1000.00", "150.0");
    }

    private static SourceRoi roi(String source, long items, long won, String wonAmount, String winRate, String cost,
                                 String roi) {
        return new SourceRoi(source, items, new Outcome(won, new BigDecimal(wonAmount)),
                winRate == null ? null : new BigDecimal(winRate), new BigDecimal(cost),
                roi == null ? null : new BigDecimal(roi));
    }
}
