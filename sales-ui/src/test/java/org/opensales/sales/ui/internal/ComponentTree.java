package org.opensales.sales.ui.internal;

import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.vaadin.data.provider.ListDataProvider;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HasComponents;

/** Finds components by id below a root, and reads the cells of in-memory grids, as a browser test would. */
final class ComponentTree {

    private ComponentTree() {
    }

    static Component find(Component root, String id) {
        return all(root).filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + id));
    }

    /** @return the texts of a column of a grid whose rows are in a list */
    @SuppressWarnings("unchecked")
    static List<String> column(Component root, String gridId, String columnId) {
        Grid<Object> grid = (Grid<Object>) find(root, gridId);
        return ((ListDataProvider<Object>) grid.getDataProvider()).getItems().stream()
                .map(row -> String.valueOf(grid.getColumn(columnId).getValueProvider().apply(row))).toList();
    }

    /** @return the component and every component below it */
    static Stream<Component> all(Component component) {
        Stream<Component> children = component instanceof HasComponents container
                ? StreamSupport.stream(container.spliterator(), false).flatMap(ComponentTree::all)
                : Stream.empty();
        return Stream.concat(Stream.of(component), children);
    }
}
