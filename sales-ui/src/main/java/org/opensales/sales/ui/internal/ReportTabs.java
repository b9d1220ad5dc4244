package org.opensales.sales.ui.internal;

import com.vaadin.ui.Grid;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.components.grid.FooterRow;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.PhaseTotals;

/** The report block: a tab sheet whose first tab, "General information", shows the figures per phase. */
final class ReportTabs extends TabSheet {

    private static final String RIGHT = "v-align-right";

    private final Grid<PhaseTotals> phases = new Grid<>();
    private final FooterRow total;
    private final Formats formats;

    ReportTabs(Formats formats) {
        this.formats = formats;
        Messages messages = formats.messages();
        setId("sales-report-tabs");
        setWidth("100%");

        phases.setId("sales-report-phases");
        phases.setSelectionMode(Grid.SelectionMode.NONE);
        phases.setWidth("100%");
        phases.setHeightByRows(Phase.values().length);
        phases.addColumn(totals -> messages.phase(totals.phase()))
                .setId("phase").setCaption(messages.get(Text.COLUMN_PHASE)).setSortable(false);
        phases.addColumn(totals -> formats.count(totals.count()))
                .setId("count").setCaption(messages.get(Text.REPORT_COUNT)).setSortable(false)
                .setStyleGenerator(totals -> RIGHT);
        phases.addColumn(totals -> formats.amount(totals.amount()))
                .setId("amount").setCaption(messages.get(Text.COLUMN_AMOUNT)).setSortable(false)
                .setStyleGenerator(totals -> RIGHT);
        phases.addColumn(totals -> formats.amount(totals.weightedAmount()))
                .setId("weightedAmount").setCaption(messages.get(Text.REPORT_WEIGHTED)).setSortable(false)
                .setStyleGenerator(totals -> RIGHT);
        total = phases.appendFooterRow();
        total.getCell("phase").setText(messages.get(Text.TOTAL));
        for (String column : new String[] {"count", "amount", "weightedAmount"}) {
            total.getCell(column).setStyleName(RIGHT);
        }

        VerticalLayout general = new VerticalLayout(phases);
        general.setId("sales-report-general");
        addTab(general, messages.get(Text.REPORT_GENERAL));
    }

    void show(GeneralReport report) {
        phases.setItems(report.phases());
        total.getCell("count").setText(formats.count(report.count()));
        total.getCell("amount").setText(formats.amount(report.amount()));
        total.getCell("weightedAmount").setText(formats.amount(report.weightedAmount()));
    }
}
