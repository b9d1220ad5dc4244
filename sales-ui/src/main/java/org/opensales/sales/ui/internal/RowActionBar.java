package org.opensales.sales.ui.internal;

import java.util.Optional;

import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The actions on the row selected in a salesperson's grid: mark won, mark lost (with a reason), and
 * share with users. Won and lost apply only to open items. Each action refreshes the row; the
 * presenter refreshes the footer and the report.
 */
final class RowActionBar extends HorizontalLayout {

    private final ItemGrid grid;
    private final ItemActions actions;
    private final Messages messages;
    private final Button won;
    private final Button lost;
    private final Button share;

    RowActionBar(String salespersonId, ItemGrid grid, ItemActions actions, Messages messages) {
        this.grid = grid;
        this.actions = actions;
        this.messages = messages;
        won = button("sales-mark-won-" + salespersonId, Text.MARK_WON,
                row -> show(actions.markWon(row), row));
        lost = button("sales-mark-lost-" + salespersonId, Text.MARK_LOST,
                row -> open(new LostDialog(actions, row, messages, result -> show(result, row))));
        share = button("sales-share-" + salespersonId, Text.SHARE,
                row -> open(new ShareDialog(actions, row, messages, result -> show(result, row))));
        addComponents(won, lost, share);
        grid.addSelectionListener(event -> update());
        update();
    }

    /** Enables the buttons that apply to the selected row. */
    void update() {
        Optional<SalesRow> row = grid.selectedRow();
        boolean open = row.map(r -> r.item().phase().isOpen()).orElse(false);
        won.setEnabled(open);
        lost.setEnabled(open);
        share.setEnabled(row.isPresent());
    }

    private Button button(String id, Text caption, java.util.function.Consumer<SalesRow> action) {
        Button button = new Button(messages.get(caption), event -> grid.selectedRow().ifPresent(action));
        button.setId(id);
        button.addStyleNames(ValoTheme.BUTTON_SMALL);
        return button;
    }

    private void show(ActionResult result, SalesRow row) {
        grid.getDataProvider().refreshItem(row);
        update();
        UI ui = getUI();
        if (ui != null) {
            new Notification(result.message(), result.done() ? Notification.Type.TRAY_NOTIFICATION
                    : Notification.Type.WARNING_MESSAGE).show(ui.getPage());
        }
    }

    private void open(Window dialog) {
        UI ui = getUI();
        if (ui != null) {
            ui.addWindow(dialog);
        }
    }
}
