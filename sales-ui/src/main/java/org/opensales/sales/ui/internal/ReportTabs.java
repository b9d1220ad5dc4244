package org.opensales.sales.ui.internal;

import java.util.List;

import com.vaadin.ui.TabSheet;

/**
 * The report block: a tab sheet whose first tab is "General information". Only the selected tab
 * queries its figures; the others load theirs when the user selects them.
 */
final class ReportTabs extends TabSheet {

    private final List<ReportTab> tabs;
    private ReportFigures figures;

    ReportTabs(Formats formats, MonthlyTargets targets) {
        Messages messages = formats.messages();
        setId("sales-report-tabs");
        setWidth("100%");
        tabs = List.of(new GeneralTab(formats), new SalespeopleTab(formats, targets), new SourcesTab(formats),
                new ForecastTab(formats), new FunnelTab(formats), new LostReasonsTab(formats));
        List<Text> captions = List.of(Text.REPORT_GENERAL, Text.REPORT_SALESPEOPLE, Text.REPORT_SOURCES,
                Text.REPORT_FORECAST, Text.REPORT_FUNNEL, Text.REPORT_LOST_REASONS);
        for (int i = 0; i < tabs.size(); i++) {
            addTab(tabs.get(i), messages.get(captions.get(i)));
        }
        addSelectedTabChangeListener(event -> showSelected());
    }

    /** Shows figures under a new filter: the selected tab loads them now, the others when selected. */
    void show(ReportFigures reportFigures) {
        figures = reportFigures;
        showSelected();
    }

    private void showSelected() {
        if (figures != null && getSelectedTab() instanceof ReportTab tab) {
            tab.showIfNew(figures);
        }
    }

    /** @return the tabs in the order shown */
    List<ReportTab> tabs() {
        return tabs;
    }
}
