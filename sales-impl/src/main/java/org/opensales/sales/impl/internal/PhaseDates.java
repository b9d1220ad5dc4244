package org.opensales.sales.impl.internal;

import java.time.LocalDate;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/** Reads and stamps the date on which an item reached a phase. */
final class PhaseDates {

    private PhaseDates() {
    }

    /**
     * Stamps the date of the item's current phase when it has none.
     *
     * @param item  the item
     * @param today the date to stamp
     * @return the item, or a copy with the phase date set
     */
    static SalesItem stamp(SalesItem item, LocalDate today) {
        if (dateOf(item, item.phase()) != null) {
            return item;
        }
        SalesItem.Builder b = item.toBuilder();
        switch (item.phase()) {
            case PROSPECT -> b.prospectDate(today);
            case QUOTE -> b.quoteDate(today);
            case ORDER -> b.orderDate(today);
            case INVOICE -> b.invoiceDate(today);
            case LOST -> b.lostDate(today);
        }
        return b.build();
    }

    /**
     * @param item  the item
     * @param phase a phase
     * @return the day the item reached that phase, or null
     */
    static LocalDate dateOf(SalesItem item, Phase phase) {
        return switch (phase) {
            case PROSPECT -> item.prospectDate();
            case QUOTE -> item.quoteDate();
            case ORDER -> item.orderDate();
            case INVOICE -> item.invoiceDate();
            case LOST -> item.lostDate();
        };
    }
}
