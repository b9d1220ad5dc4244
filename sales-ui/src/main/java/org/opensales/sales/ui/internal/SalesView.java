package org.opensales.sales.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.shared.Registration;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The Sales tab: the filter bar, the report block and one block per salesperson. A thin view; the
 * presenter decides what to show. Blocks are shown a page at a time, with a button that adds the
 * next page; when there are many, only the first few start expanded.
 */
final class SalesView extends VerticalLayout implements View, SalesDisplay {

    /** How many blocks are shown at first, and how many more each "show more" adds. */
    static final int BLOCK_PAGE = 20;
    /** Up to this many blocks all start expanded. */
    static final int EXPAND_ALL_UP_TO = 8;
    /** With more blocks than {@link #EXPAND_ALL_UP_TO}, this many of the first start expanded. */
    static final int EXPANDED_OF_MANY = 3;

    private final SalesPresenter presenter;
    private final Formats formats;
    private final FilterBar filterBar;
    private final GridToolbar toolbar;
    private Registration fragmentListener;
    private final ReportTabs report;
    private final VerticalLayout blockList = new VerticalLayout();
    private final Label noItems;
    private final Map<String, SalespersonBlock> blocks = new HashMap<>();
    private final Button moreBlocks = new Button();
    private List<BlockModel> models = List.of();
    private List<String> shownOrder;
    private int shownCount = BLOCK_PAGE;

    SalesView(SalesPresenter presenter, Formats formats) {
        this.presenter = presenter;
        this.formats = formats;
        setId("sales-view");
        setWidth("100%");
        filterBar = new FilterBar(formats, presenter.salespeople(), presenter.sourceNames(),
                presenter::filterChanged);
        toolbar = new GridToolbar(presenter, formats, this::columnsChosen);
        report = new ReportTabs(formats, presenter.targets());
        noItems = new Label(formats.messages().get(Text.NO_ITEMS));
        noItems.setId("sales-no-items");
        blockList.setId("sales-blocks");
        blockList.setMargin(false);
        blockList.setWidth("100%");
        moreBlocks.setId("sales-more-blocks");
        moreBlocks.addStyleName(ValoTheme.BUTTON_LINK);
        moreBlocks.addClickListener(event -> showMoreBlocks());
        addComponents(filterBar, report, toolbar, blockList);
        presenter.attach(this);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        presenter.enter(event.getViewName(), event.getParameters());
    }

    @Override
    public void attach() {
        super.attach();
        fragmentListener = getUI().getPage().addUriFragmentChangedListener(
                event -> fragmentChanged(event.getUriFragment()));
    }

    @Override
    public void detach() {
        if (fragmentListener != null) {
            fragmentListener.remove();
            fragmentListener = null;
        }
        super.detach();
    }

    /**
     * Follows the back and forward buttons. The navigator enters the view again for most fragments,
     * but not for the one it last entered it with, since filter changes only push the fragment.
     */
    void fragmentChanged(String fragment) {
        String prefix = "!" + presenter.viewName();
        if (fragment != null && (fragment.equals(prefix) || fragment.startsWith(prefix + "/"))) {
            presenter.restore(fragment.substring(Math.min(fragment.length(), prefix.length() + 1)));
        }
    }

    private void columnsChosen(Set<ItemColumn> chosen) {
        Optional<String> error = presenter.chooseColumns(chosen);
        Set<ItemColumn> shown = presenter.columns();
        toolbar.showColumns(shown);
        blocks.values().forEach(block -> block.showColumns(shown));
        error.ifPresent(message -> {
            if (getUI() != null) {
                new Notification(message, Notification.Type.WARNING_MESSAGE).show(getUI().getPage());
            }
        });
    }

    GridToolbar toolbar() {
        return toolbar;
    }

    FilterBar filterBar() {
        return filterBar;
    }

    @Override
    public void showFilter(FilterValues values) {
        filterBar.show(values);
    }

    @Override
    public void showReport(ReportFigures figures) {
        report.show(figures);
    }

    @Override
    public void showBlocks(List<BlockModel> blockModels, boolean reloadItems) {
        models = blockModels;
        showPage(reloadItems);
    }

    /** Adds the next page of blocks below the ones shown. */
    void showMoreBlocks() {
        shownCount += BLOCK_PAGE;
        showPage(false);
    }

    private void showPage(boolean reloadItems) {
        List<BlockModel> page = models.subList(0, Math.min(shownCount, models.size()));
        List<String> order = page.stream().map(BlockModel::userId).toList();
        if (!order.equals(shownOrder)) {
            int expandedAtFirst = models.size() <= EXPAND_ALL_UP_TO ? models.size() : EXPANDED_OF_MANY;
            blockList.removeAllComponents();
            for (int i = 0; i < order.size(); i++) {
                boolean expanded = i < expandedAtFirst;
                blockList.addComponent(blocks.computeIfAbsent(order.get(i),
                        id -> new SalespersonBlock(id, presenter, formats, expanded)));
            }
            if (order.isEmpty()) {
                blockList.addComponent(noItems);
            }
            shownOrder = order;
        }
        if (reloadItems) {
            blocks.forEach((id, block) -> {
                if (!order.contains(id)) {
                    block.markStale();
                }
            });
        }
        page.forEach(model -> blocks.get(model.userId()).show(model, reloadItems));
        int hidden = models.size() - page.size();
        blockList.removeComponent(moreBlocks);
        if (hidden > 0) {
            moreBlocks.setCaption(formats.messages().format(Text.MORE_SALESPEOPLE, hidden));
            blockList.addComponent(moreBlocks);
        }
    }

    @Override
    public void showLocation(String navigationState) {
        UI ui = getUI();
        if (ui != null) {
            ui.getPage().setUriFragment("!" + navigationState, false);
        }
    }

    SalespersonBlock block(String userId) {
        return blocks.get(userId);
    }

    Button moreBlocksButton() {
        return moreBlocks;
    }

    /** @return the blocks in the order shown */
    List<Component> shownBlocks() {
        List<Component> shown = new ArrayList<>();
        blockList.forEach(component -> {
            if (component != moreBlocks) {
                shown.add(component);
            }
        });
        return shown;
    }
}
