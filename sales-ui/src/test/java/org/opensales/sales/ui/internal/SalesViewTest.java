package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.data.provider.Query;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;

/** Builds the real view without a browser and checks what the browser test relies on. */
class SalesViewTest {

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private SalesPresenter presenter;
    private SalesView view;

    @BeforeEach
    void setUp() {
        sales.add("Website redesign", 1, "tom", Phase.PROSPECT, "1000.00", 10);
        sales.add("ERP licences 25 seats", 2, "pieter", Phase.QUOTE, "20000.00", 50);
        sales.add("Annual support contract", 1, "fatima", Phase.ORDER, "5000.00", 100);
        Messages messages = Messages.of(Locale.US);
        presenter = new SalesPresenter(StandInServices.of(sales, users), messages);
        view = new SalesView(presenter, new Formats(messages));
        users.current = "pieter";
        presenter.enter("sales", "");
    }

    @Test
    void hasTheIdsAndCaptionsTheBrowserTestUses() {
        assertThat(view.getId()).isEqualTo("sales-view");
        TabSheet tabs = (TabSheet) find("sales-report-tabs").orElseThrow();
        assertThat(tabs.getTab(0).getCaption()).isEqualTo("General information");
        assertThat(find("sales-block-pieter").orElseThrow().getCaption()).isEqualTo("Pieter de Vries");
        assertThat(view.block("pieter").grid().getId()).isEqualTo("sales-grid-pieter");
        assertThat(view.block("pieter").grid().getColumn("amount")).isNotNull();
        assertThat(((Label) find("sales-block-footer-pieter").orElseThrow()).getValue())
                .isEqualTo("1 item \u00b7 total 20,000.00 \u00b7 weighted 10,000.00");
    }

    @Test
    void showsTheCurrentUsersBlockFirst() {
        assertThat(view.shownBlocks()).extracting(Component::getId)
                .containsExactly("sales-block-pieter", "sales-block-fatima", "sales-block-tom");
    }

    @Test
    void savesAnAmountTypedIntoTheUnbufferedEditor() {
        ItemGrid grid = view.block("pieter").grid();
        SalesRow row = fetchFirst(grid);
        grid.getEditor().getBinder().setBean(row);
        TextField amount = (TextField) grid.getColumn("amount").getEditorBinding().getField();
        assertThat(sales.calls).doesNotContain("update");

        amount.setValue("13000");

        assertThat(sales.items.get(row.id()).amount()).isEqualByComparingTo("13000");
        assertThat(row.item().version()).isEqualTo(2);
        assertThat(((Label) find("sales-block-footer-pieter").orElseThrow()).getValue())
                .startsWith("1 item \u00b7 total 13,000.00");
    }

    @Test
    void refusesTextThatIsNotANumber() {
        ItemGrid grid = view.block("pieter").grid();
        SalesRow row = fetchFirst(grid);
        grid.getEditor().getBinder().setBean(row);
        TextField amount = (TextField) grid.getColumn("amount").getEditorBinding().getField();

        amount.setValue("twelve");

        assertThat(sales.calls).doesNotContain("update");
        assertThat(grid.getEditor().getBinder().validate().getFieldValidationErrors())
                .extracting(status -> status.getMessage().orElse(""))
                .containsExactly("Enter an amount such as 12,500.00");
    }

    @Test
    void keepsAValueTheServiceRefusedInTheFieldWithItsMessage() {
        ItemGrid grid = view.block("pieter").grid();
        SalesRow row = fetchFirst(grid);
        grid.getEditor().getBinder().setBean(row);
        TextField amount = (TextField) grid.getColumn("amount").getEditorBinding().getField();

        amount.setValue("999999999999999");

        String refusal = "amount must be at least 0 and less than 100000000000000";
        assertThat(sales.items.get(row.id()).amount()).isEqualByComparingTo("20000");
        assertThat(amount.getComponentError().getFormattedHtmlMessage()).isEqualTo(refusal.replace(" ", "&#32;"));
        assertThat(grid.getEditor().getBinder().validate().getFieldValidationErrors())
                .extracting(status -> status.getMessage().orElse("")).containsExactly(refusal);

        amount.setValue("15000");

        assertThat(sales.items.get(row.id()).amount()).isEqualByComparingTo("15000");
        assertThat(amount.getComponentError()).isNull();
        assertThat(grid.getEditor().getBinder().validate().isOk()).isTrue();
    }

    @Test
    void aCollapsedBlockLoadsItsItemsOnlyWhenExpandedAgain() {
        SalespersonBlock block = view.block("tom");
        List<Object> refreshes = new ArrayList<>();
        block.grid().getDataProvider().addDataProviderListener(refreshes::add);

        block.setExpanded(false);
        presenter.filterChanged(new FilterValues("web", null, null));

        assertThat(refreshes).isEmpty();
        assertThat(block.grid().isVisible()).isFalse();

        block.setExpanded(true);

        assertThat(refreshes).hasSize(1);
    }

    @Test
    void showsAMessageWhenNothingMatches() {
        presenter.filterChanged(new FilterValues("no such title", null, null));

        assertThat(view.shownBlocks()).extracting(Component::getId).containsExactly("sales-no-items");
    }

    private static SalesRow fetchFirst(ItemGrid grid) {
        return grid.getDataProvider().fetch(new Query<>()).findFirst().orElseThrow();
    }

    private Optional<Component> find(String id) {
        return all(view).filter(c -> id.equals(c.getId())).findFirst();
    }

    private static Stream<Component> all(Component component) {
        Stream<Component> children = component instanceof HasComponents container
                ? java.util.stream.StreamSupport.stream(container.spliterator(), false).flatMap(SalesViewTest::all)
                : Stream.empty();
        return Stream.concat(Stream.of(component), children);
    }
}
