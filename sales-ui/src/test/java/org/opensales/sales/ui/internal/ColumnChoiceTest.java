package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.vaadin.ui.Grid;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.UserPreferences;

/** The column chooser: every field a column, the choice stored per user and applied to every block. */
class ColumnChoiceTest {

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private final InMemoryPreferences preferences = new InMemoryPreferences();

    @Test
    void readsAndWritesTheStoredForm() {
        assertThat(ColumnChoice.parse("amount, title,nonsense,,phase")).containsExactly(ItemColumn.TITLE,
                ItemColumn.PHASE, ItemColumn.AMOUNT);
        assertThat(ColumnChoice.format(EnumSet.of(ItemColumn.UPDATED_BY, ItemColumn.TITLE)))
                .isEqualTo("title,updatedBy");
        assertThat(ColumnChoice.parse(null)).isEqualTo(ItemColumn.DEFAULTS);
        assertThat(ColumnChoice.parse("nonsense")).isEqualTo(ItemColumn.DEFAULTS);
        for (ItemColumn column : ItemColumn.values()) {
            assertThat(ColumnChoice.parse(ColumnChoice.format(Set.of(column)))).containsExactly(column);
        }
    }

    @Test
    void startsWithTheDefaultColumns() {
        SalesView view = view();

        assertThat(visible(view.block("pieter").grid())).containsExactly("title", "contact", "phase",
                "probability", "amount", "expectedCloseDate", "source");
        assertThat(view.toolbar().columnChooser().value()).containsExactlyElementsOf(ItemColumn.DEFAULTS);
        assertThat(preferences.writes).isZero();
    }

    @Test
    void offersAColumnForEveryItemFieldWithoutTheGridsOwnHidingToggle() {
        SalesView view = view();
        Grid<SalesRow> grid = view.block("pieter").grid();
        assertThat(grid.getColumns()).hasSize(ItemColumn.DEFAULTS.size());

        view.toolbar().columnChooser().boxes().setValue(EnumSet.allOf(ItemColumn.class));

        assertThat(grid.getColumns()).extracting(Grid.Column::getId).containsExactly("title", "description",
                "contact", "extraContacts", "salesperson", "phase", "probability", "amount", "currency",
                "weightedAmount", "expectedCloseDate", "source", "tags", "lostReason", "lostNote", "prospectDate",
                "quoteDate", "orderDate", "invoiceDate", "lostDate", "active", "sharedWith", "createdAt",
                "createdBy", "updatedAt", "updatedBy", "id");
        assertThat(grid.getColumns()).noneMatch(Grid.Column::isHidable);
        assertThat(grid.getColumn("amount").getCaption()).isEqualTo("Amount");
        assertThat(grid.getColumn("title").getCaption()).isEqualTo("Title");
    }

    @Test
    void appliesAChoiceToEveryBlockAndStoresIt() {
        SalesView view = view();

        view.toolbar().columnChooser().boxes().setValue(Set.of(ItemColumn.TITLE, ItemColumn.AMOUNT,
                ItemColumn.UPDATED_AT));

        for (String block : new String[] {"pieter", "tom", "fatima"}) {
            assertThat(visible(view.block(block).grid())).containsExactly("title", "amount", "updatedAt");
        }
        assertThat(preferences.values).containsEntry(UserPreferences.VISIBLE_COLUMNS, "title,amount,updatedAt");
    }

    @Test
    void showsTheStoredChoiceInANewView() {
        preferences.values.put(UserPreferences.VISIBLE_COLUMNS, "contact,title,tags");

        SalesView view = view();

        assertThat(visible(view.block("tom").grid())).containsExactly("title", "contact", "tags");
        assertThat(view.toolbar().columnChooser().value()).containsExactlyInAnyOrder(ItemColumn.TITLE,
                ItemColumn.CONTACT, ItemColumn.TAGS);
    }

    @Test
    void fallsBackToTheDefaultsWhenEveryColumnIsSwitchedOff() {
        SalesView view = view();

        view.toolbar().columnChooser().boxes().setValue(Set.of());

        assertThat(visible(view.block("pieter").grid())).hasSize(ItemColumn.DEFAULTS.size());
        assertThat(view.toolbar().columnChooser().value()).hasSize(ItemColumn.DEFAULTS.size());
    }

    @Test
    void keepsTheChoiceForTheSessionWhenItCannotBeStored() {
        preferences.failure = new AccessDeniedException("Nobody is logged in");
        SalesPresenter presenter = presenter(preferences);

        assertThat(presenter.chooseColumns(Set.of(ItemColumn.ID)))
                .hasValue("Your choice of columns could not be saved: Nobody is logged in");
        assertThat(presenter.columns()).containsExactly(ItemColumn.ID);
    }

    private SalesView view() {
        sales.add("Website redesign", 1, "tom", Phase.PROSPECT, "1000.00", 10);
        sales.add("ERP licences 25 seats", 2, "pieter", Phase.QUOTE, "20000.00", 50);
        sales.add("Annual support contract", 1, "fatima", Phase.ORDER, "5000.00", 100);
        SalesPresenter presenter = presenter(preferences);
        SalesView view = new SalesView(presenter, new Formats(Messages.of(Locale.US)));
        users.current = "pieter";
        presenter.enter("sales", "");
        return view;
    }

    private SalesPresenter presenter(UserPreferences prefs) {
        return new SalesPresenter(StandInServices.of(sales, users, new FixedContacts(), prefs), Messages.of(Locale.US));
    }

    private static java.util.List<String> visible(Grid<SalesRow> grid) {
        return grid.getColumns().stream().filter(c -> !c.isHidden()).map(Grid.Column::getId).toList();
    }
}
