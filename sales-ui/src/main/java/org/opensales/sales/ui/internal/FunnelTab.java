package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.List;

import org.opensales.sales.api.FunnelStep;

/** The Funnel tab: how many items reached each phase, and the conversion from one phase to the next. */
final class FunnelTab extends ReportTab {

    private final Formats formats;
    private final ReportGrid<FunnelStep> grid = new ReportGrid<>("sales-report-funnel-grid");
    private final ChartImage chart = new ChartImage("sales-chart-funnel");

    FunnelTab(Formats formats) {
        super("sales-report-funnel");
        this.formats = formats;
        Messages messages = formats.messages();
        grid.text("phase", messages.get(Text.COLUMN_PHASE), s -> messages.phase(s.phase()))
                .number("reached", messages.get(Text.COLUMN_REACHED), s -> formats.count(s.reached()))
                .number("conversion", messages.get(Text.COLUMN_CONVERSION),
                        s -> formats.oneDecimal(s.conversionFromPreviousPercent()));
        addComponents(GeneralTab.sideBySide(grid, chart));
    }

    @Override
    void load(ReportFigures figures) {
        List<FunnelStep> steps = figures.funnel();
        grid.show(steps);
        Messages messages = formats.messages();
        String title = messages.get(Text.CHART_FUNNEL);
        chart.show(title, new BarChartSvg(title, List.of(messages.get(Text.COLUMN_REACHED)),
                v -> formats.count(v.longValue()), true)
                .render(steps.stream().map(s -> ChartRow.of(messages.phase(s.phase()), BigDecimal.valueOf(s.reached())))
                        .toList()));
    }
}
