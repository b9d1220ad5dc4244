package org.opensales.sales.impl.internal;

import java.util.List;

import org.opensales.sales.api.FunnelStep;
import org.opensales.sales.api.Phase;

/** How many items have each phase date, that is, reached each phase. */
final class FunnelRow {

    long prospects;
    long quotes;
    long orders;
    long invoices;

    List<FunnelStep> toSteps() {
        return List.of(new FunnelStep(Phase.PROSPECT, prospects, null),
                new FunnelStep(Phase.QUOTE, quotes, Figures.percent(quotes, prospects)),
                new FunnelStep(Phase.ORDER, orders, Figures.percent(orders, quotes)),
                new FunnelStep(Phase.INVOICE, invoices, Figures.percent(invoices, orders)));
    }
}
