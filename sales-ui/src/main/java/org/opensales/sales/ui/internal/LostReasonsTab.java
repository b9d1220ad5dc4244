package org.opensales.sales.ui.internal;

import org.opensales.sales.api.LostReasonTotals;

/** The Lost reasons tab: count and value of the lost items per reason. */
final class LostReasonsTab extends ReportTab {

    private final ReportGrid<LostReasonTotals> grid = new ReportGrid<>("sales-report-lost-grid");

    LostReasonsTab(Formats formats) {
        super("sales-report-lost");
        Messages messages = formats.messages();
        grid.text("reason", messages.get(Text.COLUMN_REASON),
                        r -> r.reason().isEmpty() ? messages.get(Text.NO_REASON) : r.reason())
                .number("count", messages.get(Text.REPORT_COUNT), r -> formats.count(r.count()))
                .number("amount", messages.get(Text.COLUMN_AMOUNT), r -> formats.amount(r.amount()));
        addComponent(grid);
    }

    @Override
    void load(ReportFigures figures) {
        grid.show(figures.lostReasons());
    }
}
