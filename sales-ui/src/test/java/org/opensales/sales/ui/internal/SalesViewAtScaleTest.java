package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;

/** The Sales view of a sales manager with hundreds of salespeople: blocks in pages, grids built on demand. */
class SalesViewAtScaleTest {

    private final InMemorySales sales = new InMemorySales();
    private FixedUsers users;
    private SalesPresenter presenter;
    private SalesView view;

    @Test
    void showsTheFirstPageOfBlocksWithOnlyTheFirstFewExpanded() {
        open(500, "sanne");

        assertThat(view.shownBlocks()).hasSize(SalesView.BLOCK_PAGE);
        assertThat(view.moreBlocksButton().getCaption()).isEqualTo("Show more salespeople (480 more)");
        assertThat(view.moreBlocksButton().getParent()).isNotNull();
        assertThat(expanded()).containsExactly("sales-block-sp001", "sales-block-sp002", "sales-block-sp003");
        assertThat(blocks().stream().filter(block -> block.grid() != null)).hasSize(3);
        assertThat(sales.calls).filteredOn(call -> call.startsWith("find") || call.equals("count")).isEmpty();
    }

    @Test
    void showMoreAddsTheNextPageCollapsedAndTheButtonGoesWithTheLast() {
        open(45, "sanne");

        view.showMoreBlocks();

        assertThat(view.shownBlocks()).hasSize(40);
        assertThat(view.shownBlocks().get(39).getId()).isEqualTo("sales-block-sp040");
        assertThat(view.moreBlocksButton().getCaption()).isEqualTo("Show more salespeople (5 more)");
        assertThat(expanded()).hasSize(3);

        view.showMoreBlocks();

        assertThat(view.shownBlocks()).hasSize(45);
        assertThat(view.moreBlocksButton().getParent()).isNull();
    }

    @Test
    void aCollapsedBlockBuildsItsGridWhenFirstExpanded() {
        open(500, "sanne");
        SalespersonBlock block = view.block("sp010");
        assertThat(block.grid()).isNull();
        assertThat(((Button) ComponentTree.find(block, "sales-block-toggle-sp010")).getCaption())
                .isEqualTo("Show items");

        block.setExpanded(true);

        assertThat(block.grid().getId()).isEqualTo("sales-grid-sp010");
        assertThat(block.actionBar()).isNotNull();
        assertThat(block.footerText()).startsWith("2 items");
        assertThat(ComponentTree.find(block, "sales-block-footer-sp010")).isNotNull();
    }

    @Test
    void theCurrentSalespersonsOwnBlockComesFirstAndExpanded() {
        open(500, "sp250");

        assertThat(view.shownBlocks().get(0).getId()).isEqualTo("sales-block-sp250");
        assertThat(expanded()).containsExactly("sales-block-sp250", "sales-block-sp001", "sales-block-sp002");
    }

    @Test
    void keepsEveryBlockExpandedWhenThereAreFew() {
        open(SalesView.EXPAND_ALL_UP_TO, "sanne");
        assertThat(expanded()).hasSize(SalesView.EXPAND_ALL_UP_TO);
        assertThat(view.moreBlocksButton().getParent()).isNull();

        SalesViewAtScaleTest more = new SalesViewAtScaleTest();
        more.open(SalesView.EXPAND_ALL_UP_TO + 1, "sanne");
        assertThat(more.expanded()).hasSize(SalesView.EXPANDED_OF_MANY);
    }

    @Test
    void aNewColumnChoiceReachesGridsBuiltLater() {
        open(30, "sanne");
        view.toolbar().columnChooser().boxes().setValue(Set.of(ItemColumn.TITLE, ItemColumn.AMOUNT));

        view.block("sp015").setExpanded(true);

        assertThat(view.block("sp015").grid().getColumns()).filteredOn(column -> !column.isHidden())
                .extracting(column -> column.getId()).containsExactly("title", "amount");
    }

    @Test
    void aBlockPushedOffThePageByANewFilterReloadsItsItemsWhenShownAgain() {
        open(45, "sanne");
        presenter.filterChanged(new FilterValues("First of sp02", null, null));
        SalespersonBlock block = view.block("sp025");
        block.setExpanded(true);
        List<Object> refreshes = new ArrayList<>();
        block.grid().getDataProvider().addDataProviderListener(refreshes::add);

        presenter.filterChanged(FilterValues.NONE);
        assertThat(view.shownBlocks()).doesNotContain(block);
        view.showMoreBlocks();

        assertThat(view.shownBlocks()).contains(block);
        assertThat(refreshes).hasSize(1);
    }

    @Test
    void buildsAReportTabWhenItIsFirstSelected() {
        open(500, "sanne");
        ReportTabs report = (ReportTabs) ComponentTree.find(view, "sales-report-tabs");
        assertThat(ComponentTree.all(view)).noneMatch(c -> "sales-report-performance".equals(c.getId()));

        report.setSelectedTab(1);

        assertThat(ComponentTree.find(view, "sales-report-performance")).isNotNull();
        assertThat(report.getTab(1).getCaption()).isEqualTo("Salespeople");
        assertThat(sales.calls).filteredOn(call -> call.startsWith("performance")).hasSize(1);
    }

    private void open(int salespeople, String currentUser) {
        users = FixedUsers.withSalespeople(salespeople);
        IntStream.rangeClosed(1, salespeople).forEach(i -> {
            String id = String.format("sp%03d", i);
            sales.add("First of " + id, 1, id, Phase.QUOTE, "100.00", 50);
            sales.add("Second of " + id, 1, id, Phase.PROSPECT, "200.00", 10);
        });
        users.current = currentUser;
        Messages messages = Messages.of(Locale.US);
        presenter = new SalesPresenter(StandInServices.of(sales, users), messages);
        view = new SalesView(presenter, new Formats(messages));
        presenter.enter("sales", "");
    }

    private List<SalespersonBlock> blocks() {
        return view.shownBlocks().stream().map(SalespersonBlock.class::cast).toList();
    }

    private List<String> expanded() {
        return blocks().stream().filter(SalespersonBlock::isExpanded).map(Component::getId).toList();
    }
}
