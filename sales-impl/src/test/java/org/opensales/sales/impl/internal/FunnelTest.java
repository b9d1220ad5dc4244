package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.FunnelStep;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

/**
 * The items that reached each phase, by their phase dates:
 * <pre>
 * item salesperson phase    prospect quote order invoice
 * i1   pieter      PROSPECT x
 * i2   pieter      PROSPECT x
 * i3   pieter      QUOTE    x        x
 * i4   fatima      LOST     x        x                    (lost after the quote)
 * i5   fatima      ORDER    x        x     x
 * i6   fatima      INVOICE           x            x       (straight to quote, skipped ORDER)
 * i7   fatima      PROSPECT x
 *
 * PROSPECT 6 · QUOTE 4: 4 / 6 = 66.7 · ORDER 1: 1 / 4 = 25.0 · INVOICE 1: 1 / 1 = 100.0
 * </pre>
 */
class FunnelTest extends SalesTestSupport {

    private final ReportRows rows = new ReportRows(dataSource);
    private long i5;

    @BeforeEach
    void createDataSet() {
        rows.item("i1").prospect("2025-01-01").insert();
        rows.item("i2").prospect("2025-01-02").insert();
        rows.item("i3").phase(Phase.QUOTE).prospect("2025-01-03").quote("2025-01-10").insert();
        rows.item("i4").salesperson("fatima").phase(Phase.LOST).prospect("2025-01-04").quote("2025-01-11")
                .lost("2025-01-20").insert();
        i5 = rows.item("i5").salesperson("fatima").phase(Phase.ORDER).prospect("2025-01-05").quote("2025-01-12")
                .order("2025-01-30").insert();
        rows.item("i6").salesperson("fatima").phase(Phase.INVOICE).quote("2025-01-13").invoice("2025-02-01").insert();
        rows.item("i7").salesperson("fatima").prospect("2025-01-07").insert();
    }

    @Test
    void reachedAndConversionPerPhase() {
        assertThat(reports.funnel(SalesFilter.all())).containsExactly(
                step(Phase.PROSPECT, 6, null),
                step(Phase.QUOTE, 4, "66.7"),
                step(Phase.ORDER, 1, "25.0"),
                step(Phase.INVOICE, 1, "100.0"));
    }

    /* Open and lost items i1 to i4, i7: PROSPECT 5, QUOTE 2: 40.0, ORDER 0: 0.0, INVOICE 0: after a zero step, null */
    @Test
    void aZeroStepHasNoConversionAfterIt() {
        SalesFilter notWon = SalesFilter.builder().phases(Set.of(Phase.PROSPECT, Phase.QUOTE, Phase.LOST)).build();

        assertThat(reports.funnel(notWon)).containsExactly(
                step(Phase.PROSPECT, 5, null),
                step(Phase.QUOTE, 2, "40.0"),
                step(Phase.ORDER, 0, "0.0"),
                step(Phase.INVOICE, 0, null));
    }

    /* pieter's i1 i2 i3 and fatima's i5, shared with him: PROSPECT 4, QUOTE 2: 50.0, ORDER 1: 50.0, INVOICE 0: 0.0 */
    @Test
    void aSalespersonCountsOwnAndSharedItemsOnly() {
        rows.share(i5, "pieter");
        users.actAs("pieter");

        assertThat(reports.funnel(SalesFilter.all())).containsExactly(
                step(Phase.PROSPECT, 4, null),
                step(Phase.QUOTE, 2, "50.0"),
                step(Phase.ORDER, 1, "50.0"),
                step(Phase.INVOICE, 0, "0.0"));
    }

    @Test
    void nothingReachedNoConversions() {
        users.actAs("tom");

        assertThat(reports.funnel(SalesFilter.all())).containsExactly(
                step(Phase.PROSPECT, 0, null), step(Phase.QUOTE, 0, null), step(Phase.ORDER, 0, null),
                step(Phase.INVOICE, 0, null));
    }

    private static FunnelStep step(Phase phase, long reached, String conversion) {
        return new FunnelStep(phase, reached, conversion == null ? null : new BigDecimal(conversion));
    }
}
