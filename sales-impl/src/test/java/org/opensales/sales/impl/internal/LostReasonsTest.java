package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.LostReasonTotals;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

/**
 * The lost items per reason:
 * <pre>
 * item salesperson phase    reason           amount
 * l1   pieter      LOST     Price too high   100.00
 * l2   fatima      LOST     Price too high   200.00
 * l3   pieter      LOST     No budget         50.00
 * l4   pieter      LOST     Bad timing        70.00
 * l5   fatima      LOST     (none)            10.00
 * l6   fatima      LOST     No budget          5.00
 * p1   pieter      PROSPECT (none)          1000.00   not lost
 * o1   pieter      ORDER    (none)           500.00   not lost
 *
 * No budget 2, 55.00 · Price too high 2, 300.00 · (none) 1, 10.00 · Bad timing 1, 70.00
 * by count, largest first, then by reason
 * </pre>
 */
class LostReasonsTest extends SalesTestSupport {

    private final ReportRows rows = new ReportRows(dataSource);
    private long l2;

    @BeforeEach
    void createDataSet() {
        rows.item("l1").phase(Phase.LOST).lostReason("Price too high").amount("100.00").insert();
        l2 = rows.item("l2").salesperson("fatima").phase(Phase.LOST).lostReason("Price too high").amount("200.00")
                .insert();
        rows.item("l3").phase(Phase.LOST).lostReason("No budget").amount("50.00").insert();
        rows.item("l4").phase(Phase.LOST).lostReason("Bad timing").amount("70.00").insert();
        rows.item("l5").salesperson("fatima").phase(Phase.LOST).amount("10.00").insert();
        rows.item("l6").salesperson("fatima").phase(Phase.LOST).lostReason("No budget").amount("5.00").insert();
        rows.item("p1").amount("1000.00").insert();
        rows.item("o1").phase(Phase.ORDER).amount("500.00").insert();
    }

    @Test
    void countAndAmountPerReasonLargestCountFirst() {
        assertThat(reports.lostReasons(SalesFilter.all())).containsExactly(
                reason("No budget", 2, "55.00"),
                reason("Price too high", 2, "300.00"),
                reason("", 1, "10.00"),
                reason("Bad timing", 1, "70.00"));
    }

    /* fatima's l2 l5 l6: Price too high 1, 200.00 · (none) 1, 10.00 · No budget 1, 5.00, by reason */
    @Test
    void aSalespersonFilterChangesTheTotals() {
        assertThat(reports.lostReasons(SalesFilter.all().forSalesperson("fatima"))).containsExactly(
                reason("", 1, "10.00"),
                reason("No budget", 1, "5.00"),
                reason("Price too high", 1, "200.00"));
    }

    /* pieter's l1 l3 l4 and fatima's l2, shared with him: Price too high 2, 300.00; Bad timing; No budget */
    @Test
    void aSalespersonCountsOwnAndSharedItemsOnly() {
        rows.share(l2, "pieter");
        users.actAs("pieter");

        assertThat(reports.lostReasons(SalesFilter.all())).containsExactly(
                reason("Price too high", 2, "300.00"),
                reason("Bad timing", 1, "70.00"),
                reason("No budget", 1, "50.00"));
    }

    private static LostReasonTotals reason(String reason, long count, String amount) {
        return new LostReasonTotals(reason, count, new BigDecimal(amount));
    }
}
