package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.UI;
import org.opensales.sales.api.SalespersonPerformance;

/**
 * The Salespeople tab: each salesperson's pipeline, won and lost items in a period, against their
 * targets. A sales manager sets the targets here.
 */
final class SalespeopleTab extends ReportTab {

    private final Formats formats;
    private final MonthlyTargets targets;
    private final Button editTargets;
    private final RadioButtonGroup<ReportPeriod> period = new RadioButtonGroup<>();
    private final ReportGrid<SalespersonPerformance> grid = new ReportGrid<>("sales-report-performance");
    private final ChartImage chart = new ChartImage("sales-chart-targets");

    SalespeopleTab(Formats formats, MonthlyTargets targets) {
        super("sales-report-salespeople");
        this.formats = formats;
        this.targets = targets;
        Messages messages = formats.messages();
        editTargets = new Button(messages.get(Text.TARGETS_EDIT), event -> {
            if (targets.editable()) {
                editTargets();
            }
        });
        editTargets.setId("sales-targets-edit");
        editTargets.setVisible(targets.editable());
        period.setId("sales-report-period");
        period.setItems(ReportPeriod.values());
        period.setItemCaptionGenerator(p -> messages.get(p.caption()));
        period.setValue(ReportPeriod.QUARTER);
        period.addStyleName("horizontal");
        period.addValueChangeListener(event -> {
            if (event.getValue() == null) {
                period.setValue(ReportPeriod.QUARTER);
            } else if (shown() != null) {
                load(shown());
            }
        });
        grid.text("salesperson", messages.get(Text.COLUMN_SALESPERSON), p -> shown().displayName(p.salespersonId()))
                .number("openCount", messages.get(Text.COLUMN_OPEN_COUNT), p -> formats.count(p.open().count()))
                .number("openAmount", messages.get(Text.COLUMN_OPEN_AMOUNT), p -> formats.amount(p.open().amount()))
                .number("weighted", messages.get(Text.REPORT_WEIGHTED), p -> formats.amount(p.weightedPipeline()))
                .number("wonCount", messages.get(Text.COLUMN_WON_COUNT), p -> formats.count(p.won().count()))
                .number("wonAmount", messages.get(Text.COLUMN_WON_AMOUNT), p -> formats.amount(p.won().amount()))
                .number("lostCount", messages.get(Text.COLUMN_LOST_COUNT), p -> formats.count(p.lost().count()))
                .number("lostAmount", messages.get(Text.COLUMN_LOST_AMOUNT), p -> formats.amount(p.lost().amount()))
                .number("targetOrders", messages.get(Text.COLUMN_TARGET_ORDERS), p -> formats.count(p.targetOrders()))
                .number("targetRevenue", messages.get(Text.COLUMN_TARGET_REVENUE), p -> formats.amount(p.targetRevenue()))
                .number("targetPercent", messages.get(Text.COLUMN_TARGET_PERCENT),
                        p -> formats.oneDecimal(reached(p)));
        HorizontalLayout top = new HorizontalLayout(period, editTargets);
        top.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
        addComponents(top, grid, chart);
    }

    /** Opens the targets dialog of the month the periods start from; saving refreshes this tab. */
    TargetsDialog editTargets() {
        YearMonth month = shown() == null ? YearMonth.now() : shown().currentMonth();
        TargetsDialog dialog = new TargetsDialog(targets, formats, month, this::reload);
        UI ui = getUI();
        if (ui != null) {
            ui.addWindow(dialog);
        }
        return dialog;
    }

    private void reload() {
        if (shown() != null) {
            load(shown());
        }
    }

    /** @return the won amount as a percentage of the revenue target, or null without a target */
    static BigDecimal reached(SalespersonPerformance p) {
        if (p.targetRevenue() == null || p.targetRevenue().signum() <= 0) {
            return null;
        }
        return p.won().amount().multiply(BigDecimal.valueOf(100)).divide(p.targetRevenue(), 1, RoundingMode.HALF_UP);
    }

    RadioButtonGroup<ReportPeriod> period() {
        return period;
    }

    @Override
    void load(ReportFigures figures) {
        editTargets.setVisible(targets.editable());
        List<SalespersonPerformance> rows = figures.performance(period.getValue());
        grid.show(rows);
        Messages messages = formats.messages();
        List<SalespersonPerformance> drawn = ChartTop.of(rows, p -> p.won().amount());
        String title = ChartTop.title(messages, Text.CHART_TARGETS, drawn.size(), rows.size());
        chart.show(title, new BarChartSvg(title,
                List.of(messages.get(Text.COLUMN_WON_AMOUNT), messages.get(Text.COLUMN_TARGET_REVENUE)), formats::amount)
                .render(drawn.stream().map(p -> ChartRow.of(figures.displayName(p.salespersonId()), p.won().amount(),
                        p.targetRevenue())).toList()));
    }
}
