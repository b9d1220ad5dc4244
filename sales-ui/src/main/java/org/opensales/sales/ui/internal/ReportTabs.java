package org.opensales.sales.ui.internal;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.TabSheet;

/**
 * The report block: a tab sheet whose first tab is "General information". Only the selected tab
 * queries its figures; the others load theirs when the user selects them. A tab's components are
 * built when it is first selected, so a UI session holds only the tabs its user looked at.
 */
final class ReportTabs extends TabSheet {

    private final List<Supplier<ReportTab>> makers;
    private final ReportTab[] built;
    private final Component[] placeholders;
    private ReportFigures figures;

    ReportTabs(Formats formats, MonthlyTargets targets) {
        Messages messages = formats.messages();
        setId("sales-report-tabs");
        setWidth("100%");
        makers = List.of(() -> new GeneralTab(formats), () -> new SalespeopleTab(formats, targets),
                () -> new SourcesTab(formats), () -> new ForecastTab(formats), () -> new FunnelTab(formats),
                () -> new LostReasonsTab(formats));
        List<Text> captions = List.of(Text.REPORT_GENERAL, Text.REPORT_SALESPEOPLE, Text.REPORT_SOURCES,
                Text.REPORT_FORECAST, Text.REPORT_FUNNEL, Text.REPORT_LOST_REASONS);
        built = new ReportTab[makers.size()];
        placeholders = new Component[makers.size()];
        for (int i = 0; i < makers.size(); i++) {
            Component content = i == 0 ? tab(0) : (placeholders[i] = new CssLayout());
            addTab(content, messages.get(captions.get(i)));
        }
        addSelectedTabChangeListener(event -> showSelected());
    }

    /** Shows figures under a new filter: the selected tab loads them now, the others when selected. */
    void show(ReportFigures reportFigures) {
        figures = reportFigures;
        showSelected();
    }

    private void showSelected() {
        ReportTab tab = tab(getTabPosition(getTab(getSelectedTab())));
        if (figures != null) {
            tab.showIfNew(figures);
        }
    }

    /** @return the tab at a position, built and put in place of its placeholder when first asked for */
    private ReportTab tab(int position) {
        if (built[position] == null) {
            built[position] = makers.get(position).get();
            if (placeholders[position] != null) {
                replaceComponent(placeholders[position], built[position]);
                placeholders[position] = null;
            }
        }
        return built[position];
    }

    /** @return every tab in the order shown, building those not selected yet */
    List<ReportTab> tabs() {
        return IntStream.range(0, makers.size()).mapToObj(this::tab).toList();
    }
}
