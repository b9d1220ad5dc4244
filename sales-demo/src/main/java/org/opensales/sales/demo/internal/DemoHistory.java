package org.opensales.sales.demo.internal;

import java.time.LocalDate;

import org.opensales.sales.api.SalesItem;

/**
 * Spreads the phase dates of a demo item over the past months, as if its story had taken weeks, so
 * that cycle times, the funnel and this quarter's won items show realistic figures. Deterministic per
 * item id; no date lies after today and each phase follows the one before.
 */
final class DemoHistory {

    private final LocalDate today;

    DemoHistory(LocalDate today) {
        this.today = today;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** @return the item with its reached phases dated in the past, everything else unchanged */
    SalesItem.Builder backdate(SalesItem item) {
        long id = item.id();
        LocalDate prospect = today.minusDays(75 + (id * 37) % 285);
        LocalDate quote = item.quoteDate() == null ? null : prospect.plusDays(7 + id % 21);
        LocalDate beforeClose = quote == null ? prospect : quote;
        LocalDate order = item.orderDate() == null ? null : beforeClose.plusDays(5 + id % 30);
        LocalDate invoice = item.invoiceDate() == null || order == null ? item.invoiceDate()
                : min(order.plusDays(3 + id % 14), today);
        LocalDate lost = item.lostDate() == null ? null : beforeClose.plusDays(6 + id % 25);
        return item.toBuilder().prospectDate(prospect).quoteDate(quote).orderDate(order).invoiceDate(invoice)
                .lostDate(lost);
    }
}
