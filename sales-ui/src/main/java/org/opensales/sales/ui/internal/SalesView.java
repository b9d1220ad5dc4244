package org.opensales.sales.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Component;
import com.vaadin.shared.Registration;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;

/**
 * The Sales tab: the filter bar, the report block and one block per salesperson. A thin view; the
 * presenter decides what to show.
 */
final class SalesView extends VerticalLayout implements View, SalesDisplay {

    private final SalesPresenter presenter;
    private final Formats formats;
    private final FilterBar filterBar;
    private final GridToolbar toolbar;
    private Registration fragmentListener;
    private final ReportTabs report;
    private final VerticalLayout blockList = new VerticalLayout();
    private final Label noItems;
    private final Map<String, SalespersonBlock> blocks = new HashMap<>();
    private List<String> shownOrder;

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
        blocks.values().forEach(block -> block.grid().showColumns(shown));
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
    public void showBlocks(List<BlockModel> models, boolean reloadItems) {
        List<String> order = models.stream().map(BlockModel::userId).toList();
        if (!order.equals(shownOrder)) {
            blockList.removeAllComponents();
            for (String userId : order) {
                blockList.addComponent(blocks.computeIfAbsent(userId,
                        id -> new SalespersonBlock(id, presenter, formats)));
            }
            if (order.isEmpty()) {
                blockList.addComponent(noItems);
            }
            shownOrder = order;
        }
        models.forEach(model -> blocks.get(model.userId()).show(model, reloadItems));
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

    /** @return the blocks in the order shown */
    List<Component> shownBlocks() {
        List<Component> shown = new ArrayList<>();
        blockList.forEach(shown::add);
        return shown;
    }
}
