package org.opensales.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.opensales.sales.api.GeneralReport;

/** A display that remembers what the presenter asked it to show. */
final class RecordingDisplay implements SalesDisplay {

    FilterValues filter;
    GeneralReport report;
    List<BlockModel> blocks = List.of();
    final List<Boolean> blockReloads = new ArrayList<>();
    final List<String> locations = new ArrayList<>();

    @Override
    public void showFilter(FilterValues values) {
        filter = values;
    }

    @Override
    public void showReport(GeneralReport generalReport) {
        report = generalReport;
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
