package org.opensales.sales.ui.internal;

import java.util.List;

import org.opensales.sales.api.ForecastMonth;

/** The Forecast tab: the open items per month of expected close, for the next twelve months. */
final class ForecastTab extends ReportTab {

    private final Formats formats;
    private final ReportGrid<ForecastMonth> grid = new ReportGrid<>("sales-report-forecast-grid");
    private final ChartImage chart = new ChartImage("sales-chart-forecast");

    ForecastTab(Formats formats) {
        super("sales-report-forecast");
        this.formats = formats;
        Messages messages = formats.messages();
        grid.text("month", messages.get(Text.COLUMN_MONTH), m -> formats.month(m.month()))
                .number("count", messages.get(Text.REPORT_COUNT), m -> formats.count(m.count()))
                .number("amount", messages.get(Text.COLUMN_AMOUNT), m -> formats.amount(m.amount()))
                .number("weightedAmount", messages.get(Text.REPORT_WEIGHTED), m -> formats.amount(m.weightedAmount()));
        addComponents(chart, grid);
    }

    @Override
    void load(ReportFigures figures) {
        List<ForecastMonth> months = figures.forecast();
        grid.show(months);
        Messages messages = formats.messages();
        String title = messages.get(Text.CHART_FORECAST);
        chart.show(title, new BarChartSvg(title,
                List.of(messages.get(Text.REPORT_WEIGHTED), messages.get(Text.COLUMN_AMOUNT)), formats::amount)
                .render(months.stream().map(m -> ChartRow.of(formats.month(m.month()), m.weightedAmount(), m.amount()))
                        .toList()));
    }
}
