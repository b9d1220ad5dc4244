package org.opensales.sales.ui.internal;

import java.util.Set;

import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * One salesperson's block: a collapsible panel with their items and a footer with the block's
 * totals. The grid and its action bar are built when the block is first expanded, so a view with
 * hundreds of collapsed blocks stays light. A collapsed block does not load items; it loads them
 * when it is expanded again.
 */
final class SalespersonBlock extends Panel {

    private static final int MAX_VISIBLE_ROWS = 10;

    private final String salespersonId;
    private final SalesPresenter presenter;
    private final Formats formats;
    private final Messages messages;
    private final VerticalLayout content;
    private final Label footer = new Label();
    private final Button toggle = new Button();
    private ItemGrid grid;
    private RowActionBar actionBar;
    private int rows = 1;
    private boolean expanded;
    private boolean connected;
    private boolean stale = true;

    SalespersonBlock(String salespersonId, SalesPresenter presenter, Formats formats, boolean expanded) {
        this.salespersonId = salespersonId;
        this.presenter = presenter;
        this.formats = formats;
        this.messages = formats.messages();
        this.expanded = expanded;
        setId("sales-block-" + salespersonId);
        setWidth("100%");
        footer.setId("sales-block-footer-" + salespersonId);
        toggle.setId("sales-block-toggle-" + salespersonId);
        toggle.addStyleNames(ValoTheme.BUTTON_LINK, ValoTheme.BUTTON_SMALL);
        toggle.addClickListener(event -> setExpanded(!this.expanded));
        toggle.setCaption(messages.get(expanded ? Text.HIDE_ITEMS : Text.SHOW_ITEMS));
        content = new VerticalLayout(toggle, footer);
        content.setSpacing(false);
        setContent(content);
    }

    /** @return the block's grid, or null until the block is first expanded */
    ItemGrid grid() {
        return grid;
    }

    /** @return the actions on the selected row, or null until the block is first expanded */
    RowActionBar actionBar() {
        return actionBar;
    }

    boolean isExpanded() {
        return expanded;
    }

    String footerText() {
        return footer.getValue();
    }

    void show(BlockModel model, boolean reloadItems) {
        setCaption(model.displayName());
        footer.setValue(formats.footer(model.totals()));
        rows = (int) Math.max(1, Math.min(MAX_VISIBLE_ROWS, model.totals().count()));
        if (grid != null) {
            grid.setHeightByRows(rows);
        }
        if (reloadItems) {
            stale = true;
        }
        if (expanded && stale) {
            load();
        }
    }

    /** Notes that the items changed while the block was not shown: they are reloaded when next shown expanded. */
    void markStale() {
        stale = true;
    }

    /** Shows the chosen columns, if the grid has been built; a grid built later reads the choice itself. */
    void showColumns(Set<ItemColumn> shown) {
        if (grid != null) {
            grid.showColumns(shown);
        }
    }

    void setExpanded(boolean expand) {
        expanded = expand;
        if (grid != null) {
            if (!expand) {
                grid.closeEditor();
            }
            grid.setVisible(expand);
            actionBar.setVisible(expand);
        }
        toggle.setCaption(messages.get(expand ? Text.HIDE_ITEMS : Text.SHOW_ITEMS));
        if (expand && stale) {
            load();
        }
    }

    private void load() {
        if (grid == null) {
            grid = new ItemGrid(salespersonId, presenter, formats);
            grid.setHeightByRows(rows);
            actionBar = new RowActionBar(salespersonId, grid, presenter.actions(), messages);
            content.addComponent(actionBar, 1);
            content.addComponent(grid, 2);
        }
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
