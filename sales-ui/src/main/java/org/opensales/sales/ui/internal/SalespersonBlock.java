package org.opensales.sales.ui.internal;

import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One salesperson's block: a collapsible panel with their items and a footer with the block's
 * totals. A collapsed block does not load items; it loads them when it is expanded again.
 */
final class SalespersonBlock extends Panel {

    private static final int MAX_VISIBLE_ROWS = 10;

    private final String salespersonId;
    private final SalesPresenter presenter;
    private final Formats formats;
    private final Messages messages;
    private final ItemGrid grid;
    private final Label footer = new Label();
    private final Button toggle = new Button();
    private final RowActionBar actionBar;
    private boolean expanded = true;
    private boolean connected;
    private boolean stale = true;

    SalespersonBlock(String salespersonId, SalesPresenter presenter, Formats formats) {
        this.salespersonId = salespersonId;
        this.presenter = presenter;
        this.formats = formats;
        this.messages = formats.messages();
        setId("sales-block-" + salespersonId);
        setWidth("100%");
        grid = new ItemGrid(salespersonId, presenter, formats);
        footer.setId("sales-block-footer-" + salespersonId);
        toggle.setId("sales-block-toggle-" + salespersonId);
        toggle.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        toggle.addClickListener(event -> setExpanded(!expanded));
        toggle.setCaption(messages.get(Text.HIDE_ITEMS));
        actionBar = new RowActionBar(salespersonId, grid, presenter.actions(), messages);
        VerticalLayout content = new VerticalLayout(toggle, actionBar, grid, footer);
        content.setSpacing(false);
        setContent(content);
    }

    ItemGrid grid() {
        return grid;
    }

    RowActionBar actionBar() {
        return actionBar;
    }

    String footerText() {
        return footer.getValue();
    }

    void show(BlockModel model, boolean reloadItems) {
        setCaption(model.displayName());
        footer.setValue(formats.footer(model.totals()));
        grid.setHeightByRows(Math.max(1, Math.min(MAX_VISIBLE_ROWS, model.totals().count())));
        if (reloadItems) {
            stale = true;
            if (expanded) {
                load();
            }
        }
    }

    void setExpanded(boolean expand) {
        expanded = expand;
        if (!expand) {
            grid.closeEditor();
        }
        grid.setVisible(expand);
        actionBar.setVisible(expand);
        toggle.setCaption(messages.get(expand ? Text.HIDE_ITEMS : Text.SHOW_ITEMS));
        if (expand && stale) {
            load();
        }
    }

    private void load() {
        grid.closeEditor();
        grid.deselectAll();
        if (connected) {
            grid.getDataProvider().refreshAll();
        } else {
            grid.setDataProvider(presenter.itemsOf(salespersonId));
            connected = true;
        }
        stale = false;
    }
}
