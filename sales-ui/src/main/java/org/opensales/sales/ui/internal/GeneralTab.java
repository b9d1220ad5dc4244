package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.components.grid.FooterRow;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalespersonTotals;

/**
 * The first tab, "General information": the pipeline figures, count and value per phase with a pie
 * chart, and a bar chart per salesperson.
 */
final class GeneralTab extends ReportTab {

    private final Formats formats;
    private final Map<Text, Label> figures = new EnumMap<>(Text.class);
    private final ReportGrid<PhaseTotals> phases = new ReportGrid<>("sales-report-phases");
    private final FooterRow total;
    private final ChartImage phaseChart = new ChartImage("sales-chart-phases");
    private final ReportGrid<SalespersonTotals> salespeople = new ReportGrid<>("sales-report-salespeople-totals");
    private final ChartImage salespeopleChart = new ChartImage("sales-chart-salespeople");
    private ReportFigures current;

    GeneralTab(Formats formats) {
        super("sales-report-general");
        this.formats = formats;
        Messages messages = formats.messages();
        FormLayout pipeline = figureForm(Text.FIGURE_OPEN_COUNT, Text.FIGURE_OPEN_AMOUNT, Text.FIGURE_WEIGHTED_PIPELINE,
                Text.FIGURE_WIN_RATE, Text.FIGURE_AVERAGE_ORDER);
        FormLayout closed = figureForm(Text.FIGURE_WON_COUNT, Text.FIGURE_WON_AMOUNT, Text.FIGURE_LOST_COUNT,
                Text.FIGURE_LOST_AMOUNT, Text.FIGURE_CYCLE_DAYS);

        phases.text("phase", messages.get(Text.COLUMN_PHASE), t -> messages.phase(t.phase()))
                .number("count", messages.get(Text.REPORT_COUNT), t -> formats.count(t.count()))
                .number("amount", messages.get(Text.COLUMN_AMOUNT), t -> formats.amount(t.amount()))
                .number("weightedAmount", messages.get(Text.REPORT_WEIGHTED), t -> formats.amount(t.weightedAmount()));
        total = phases.appendFooterRow();
        total.getCell("phase").setText(messages.get(Text.TOTAL));
        for (String column : new String[] {"count", "amount", "weightedAmount"}) {
            total.getCell(column).setStyleName("v-align-right");
        }
        salespeople.text("salesperson", messages.get(Text.COLUMN_SALESPERSON),
                        t -> current.displayName(t.salespersonId()))
                .number("count", messages.get(Text.REPORT_COUNT), t -> formats.count(t.count()))
                .number("amount", messages.get(Text.COLUMN_AMOUNT), t -> formats.amount(t.amount()))
                .number("weightedAmount", messages.get(Text.REPORT_WEIGHTED), t -> formats.amount(t.weightedAmount()));

        HorizontalLayout figureRow = new HorizontalLayout(pipeline, closed);
        figureRow.setId("sales-report-figures");
        addComponents(figureRow, sideBySide(phases, phaseChart), sideBySide(salespeople, salespeopleChart));
    }

    private FormLayout figureForm(Text... texts) {
        FormLayout form = new FormLayout();
        form.setMargin(false);
        for (Text text : texts) {
            Label value = new Label();
            value.setCaption(formats.messages().get(text));
            value.setId("sales-figure-" + text.name().substring("FIGURE_".length()).toLowerCase().replace('_', '-'));
            figures.put(text, value);
            form.addComponent(value);
        }
        return form;
    }

    static HorizontalLayout sideBySide(ReportGrid<?> grid, ChartImage chart) {
        HorizontalLayout row = new HorizontalLayout(grid, chart);
        row.setWidth("100%");
        row.setExpandRatio(grid, 1);
        return row;
    }

    @Override
    void load(ReportFigures reportFigures) {
        current = reportFigures;
        GeneralReport report = reportFigures.general();
        Messages messages = formats.messages();
        figure(Text.FIGURE_OPEN_COUNT, formats.count(report.open().count()));
        figure(Text.FIGURE_OPEN_AMOUNT, formats.amount(report.open().amount()));
        figure(Text.FIGURE_WEIGHTED_PIPELINE, formats.amount(report.weightedPipeline()));
        figure(Text.FIGURE_WIN_RATE, formats.oneDecimal(report.winRatePercent()));
        figure(Text.FIGURE_AVERAGE_ORDER, formats.amount(report.averageOrderValue()));
        figure(Text.FIGURE_WON_COUNT, formats.count(report.won().count()));
        figure(Text.FIGURE_WON_AMOUNT, formats.amount(report.won().amount()));
        figure(Text.FIGURE_LOST_COUNT, formats.count(report.lost().count()));
        figure(Text.FIGURE_LOST_AMOUNT, formats.amount(report.lost().amount()));
        figure(Text.FIGURE_CYCLE_DAYS, formats.oneDecimal(report.averageCycleDays()));

        phases.show(report.phases());
        total.getCell("count").setText(formats.count(report.count()));
        total.getCell("amount").setText(formats.amount(report.amount()));
        total.getCell("weightedAmount").setText(formats.amount(report.weightedAmount()));
        String phaseTitle = messages.get(Text.CHART_PHASES);
        phaseChart.show(phaseTitle, new PieChartSvg(phaseTitle, v -> formats.count(v.longValue()))
                .render(report.phases().stream()
                        .map(t -> ChartRow.of(messages.phase(t.phase()), BigDecimal.valueOf(t.count()))).toList()));

        List<SalespersonTotals> totals = reportFigures.totalsPerSalesperson();
        salespeople.show(totals);
        List<SalespersonTotals> drawn = ChartTop.of(totals, SalespersonTotals::amount);
        String salespeopleTitle = ChartTop.title(messages, Text.CHART_SALESPEOPLE, drawn.size(), totals.size());
        salespeopleChart.show(salespeopleTitle, new BarChartSvg(salespeopleTitle,
                List.of(messages.get(Text.COLUMN_AMOUNT), messages.get(Text.REPORT_WEIGHTED)), formats::amount)
                .render(drawn.stream().map(t -> ChartRow.of(reportFigures.displayName(t.salespersonId()),
                        t.amount(), t.weightedAmount())).toList()));
    }

    private void figure(Text text, String value) {
        figures.get(text).setValue(value);
    }
}
