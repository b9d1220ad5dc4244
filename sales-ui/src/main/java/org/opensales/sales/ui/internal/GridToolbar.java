package org.opensales.sales.ui.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The tools above the salesperson blocks: a new item, the column chooser whose choice applies to
 * every block, and the CSV export of every item under the filter.
 */
final class GridToolbar extends HorizontalLayout {

    static final String CSV_FILE = "sales-items.csv";

    private final ChoicePopup<ItemColumn> columns;

    GridToolbar(SalesPresenter presenter, Formats formats, Consumer<Set<ItemColumn>> onColumnsChosen) {
        Messages messages = formats.messages();
        setId("sales-grid-toolbar");
        setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);

        Button newItem = new Button(messages.get(Text.NEW_ITEM), event -> {
            UI ui = getUI();
            if (ui != null) {
                ui.addWindow(new NewItemDialog(presenter.actions(), presenter.salespeople(), formats));
            }
        });
        newItem.setId("sales-new-item");
        newItem.addStyleName(ValoTheme.BUTTON_PRIMARY);

        columns = new ChoicePopup<>("sales-column-chooser", List.of(ItemColumn.values()),
                column -> messages.get(column.caption()), chosen -> messages.get(Text.COLUMNS), onColumnsChosen);
        columns.value(presenter.columns());

        Button export = new Button(messages.get(Text.EXPORT_CSV));
        export.setId("sales-export-csv");
        CellFormat plain = new CellFormat(formats, presenter::userName, ZoneId.systemDefault());
        StreamResource csv = new StreamResource(() -> presenter.export(plain).open(), CSV_FILE);
        csv.setMIMEType("text/csv; charset=UTF-8");
        csv.setCacheTime(0);
        new FileDownloader(csv).extend(export);

        addComponents(newItem, columns, export);
    }

    /** Ticks the columns shown, without reporting a change. */
    void showColumns(Set<ItemColumn> shown) {
        columns.value(shown);
    }

    ChoicePopup<ItemColumn> columnChooser() {
        return columns;
    }
}
