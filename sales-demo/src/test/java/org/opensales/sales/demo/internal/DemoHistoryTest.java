package org.opensales.sales.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

class DemoHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private final DemoHistory history = new DemoHistory(TODAY);

    @Test
    void datesOnlyTheReachedPhasesInOrderAndNeverInTheFuture() {
        LongStream.rangeClosed(1, 300).forEach(id -> {
            SalesItem invoiced = history.backdate(SalesItem.builder().id(id).phase(Phase.INVOICE)
                    .prospectDate(TODAY).quoteDate(TODAY).orderDate(TODAY).invoiceDate(TODAY).build()).build();

            assertThat(invoiced.prospectDate()).isBefore(invoiced.quoteDate());
            assertThat(invoiced.quoteDate()).isBefore(invoiced.orderDate());
            assertThat(invoiced.orderDate()).isBefore(invoiced.invoiceDate()).isBefore(TODAY.minusWeeks(1));
            assertThat(invoiced.invoiceDate()).isBeforeOrEqualTo(TODAY);
        });
    }

    @Test
    void leavesUnreachedPhasesEmpty() {
        SalesItem lostFromProspect = history.backdate(SalesItem.builder().id(7).phase(Phase.LOST)
                .prospectDate(TODAY).lostDate(TODAY).build()).build();

        assertThat(lostFromProspect.quoteDate()).isNull();
        assertThat(lostFromProspect.orderDate()).isNull();
        assertThat(lostFromProspect.lostDate()).isAfter(lostFromProspect.prospectDate()).isBefore(TODAY);
    }
}
