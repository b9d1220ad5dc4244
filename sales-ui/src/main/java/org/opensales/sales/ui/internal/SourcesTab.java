package org.opensales.sales.ui.internal;

import org.opensales.sales.api.SourceRoi;

/** The Sources and ROI tab: items, won value, win rate, campaign cost and return per lead source. */
final class SourcesTab extends ReportTab {

    private final ReportGrid<SourceRoi> grid = new ReportGrid<>("sales-report-sources-grid");

    SourcesTab(Formats formats) {
        super("sales-report-sources");
        Messages messages = formats.messages();
        grid.text("source", messages.get(Text.COLUMN_SOURCE),
                        s -> s.source().isEmpty() ? messages.get(Text.NO_SOURCE) : s.source())
                .number("items", messages.get(Text.COLUMN_ITEMS), s -> formats.count(s.items()))
                .number("wonCount", messages.get(Text.COLUMN_WON_COUNT), s -> formats.count(s.won().count()))
                .number("wonAmount", messages.get(Text.COLUMN_WON_AMOUNT), s -> formats.amount(s.won().amount()))
                .number("winRate", messages.get(Text.COLUMN_WIN_RATE), s -> formats.oneDecimal(s.winRatePercent()))
                .number("cost", messages.get(Text.COLUMN_COST), s -> formats.amount(s.campaignCost()))
                .number("roi", messages.get(Text.COLUMN_ROI), s -> formats.oneDecimal(s.roiPercent()));
        addComponent(grid);
    }

    @Override
    void load(ReportFigures figures) {
        grid.show(figures.sources());
    }
}
