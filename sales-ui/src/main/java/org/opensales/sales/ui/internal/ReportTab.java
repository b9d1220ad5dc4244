package org.opensales.sales.ui.internal;

import com.vaadin.ui.VerticalLayout;

/** One tab of the report block. It loads its figures when shown, and again only when they changed. */
abstract class ReportTab extends VerticalLayout {

    private ReportFigures shown;

    ReportTab(String id) {
        setId(id);
        setWidth("100%");
    }

    /** Loads the figures unless this tab already shows these. */
    final void showIfNew(ReportFigures figures) {
        if (figures != shown) {
            shown = figures;
            load(figures);
        }
    }

    /** @return the figures shown, or null before the first load */
    final ReportFigures shown() {
        return shown;
    }

    /** Queries the tab's figures and shows them. */
    abstract void load(ReportFigures figures);
}
