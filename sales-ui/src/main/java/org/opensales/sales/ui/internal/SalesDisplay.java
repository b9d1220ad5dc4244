package org.opensales.sales.ui.internal;

import java.util.List;

/** What the presenter asks of the Sales view. */
interface SalesDisplay {

    /** Shows filter values in the filter bar without firing a filter change. */
    void showFilter(FilterValues values);

    /** Shows the report block under the current filter; each tab loads its figures when shown. */
    void showReport(ReportFigures figures);

    /**
     * Shows one block per model, in the given order.
     *
     * @param blocks      the blocks
     * @param reloadItems true when the filter changed, so every expanded block reloads its items;
     *                    false when only the figures changed
     */
    void showBlocks(List<BlockModel> blocks, boolean reloadItems);

    /** Puts a navigation state such as {@code sales/phase=QUOTE} into the URL without navigating. */
    void showLocation(String navigationState);
}
