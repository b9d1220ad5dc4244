package org.opensales.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;

/** A display that remembers what the presenter asked it to show. */
final class RecordingDisplay implements SalesDisplay {

    FilterValues filter;
    ReportFigures report;
    List<BlockModel> blocks = List.of();
    final List<Boolean> blockReloads = new ArrayList<>();
    final List<String> locations = new ArrayList<>();

    @Override
    public void showFilter(FilterValues values) {
        filter = values;
    }

    @Override
    public void showReport(ReportFigures figures) {
        report = figures;
    }

    @Override
    public void showBlocks(List<BlockModel> models, boolean reloadItems) {
        blocks = models;
        blockReloads.add(reloadItems);
    }

    @Override
    public void showLocation(String navigationState) {
        locations.add(navigationState);
    }
}
