package org.opensales.sales.ui.internal;

import java.util.List;
import java.util.function.Function;

import com.vaadin.ui.Grid;

/** A read-only table of report figures whose height fits its rows; number columns align right. */
final class ReportGrid<T> extends Grid<T> {

    private static final String RIGHT = "v-align-right";

    ReportGrid(String id) {
        setId(id);
        setSelectionMode(SelectionMode.NONE);
        setWidth("100%");
        setHeightByRows(1);
    }

    ReportGrid<T> text(String id, String caption, Function<T, String> value) {
        addColumn(value::apply).setId(id).setCaption(caption).setSortable(false);
        return this;
    }

    ReportGrid<T> number(String id, String caption, Function<T, String> value) {
        addColumn(value::apply).setId(id).setCaption(caption).setSortable(false).setStyleGenerator(row -> RIGHT);
        return this;
    }

    void show(List<T> rows) {
        setItems(rows);
        setHeightByRows(Math.max(1, rows.size()));
    }
}
