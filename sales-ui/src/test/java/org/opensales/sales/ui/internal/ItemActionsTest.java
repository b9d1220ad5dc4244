package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import com.vaadin.data.provider.Query;
import com.vaadin.ui.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.host.api.CrmUser;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/** New item, mark won, mark lost and share, through the real dialogs and action bar. */
class ItemActionsTest {

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private final FixedContacts contacts = new FixedContacts();
    private SalesPresenter presenter;
    private SalesView view;

    @BeforeEach
    void setUp() {
        sales.add("Website redesign", 1, "tom", Phase.PROSPECT, "1000.00", 10);
        sales.add("ERP licences 25 seats", 2, "pieter", Phase.QUOTE, "20000.00", 50);
        sales.add("Annual support contract", 2, "pieter", Phase.ORDER, "5000.00", 100);
        Messages messages = Messages.of(Locale.US);
        presenter = new SalesPresenter(StandInServices.of(sales, users, contacts, new InMemoryPreferences()), messages);
        view = new SalesView(presenter, new Formats(messages));
        users.current = "pieter";
        presenter.enter("sales", "");
    }

    @Test
    void enablesWonAndLostForAnOpenSelectedRowAndShareForAnyRow() {
        SalespersonBlock block = view.block("pieter");
        RowActionBar bar = block.actionBar();
        assertThat(bar).extracting(c -> c.isEnabled()).containsOnly(false);

        block.grid().select(row("pieter", 2));
        assertThat(bar).extracting(c -> c.getId() + "=" + c.isEnabled()).containsExactly(
                "sales-mark-won-pieter=true", "sales-mark-lost-pieter=true", "sales-share-pieter=true");

        block.grid().select(row("pieter", 3));
        assertThat(bar).extracting(c -> c.isEnabled()).containsExactly(false, false, true);
    }

    @Test
    void marksWonAndRefreshesTheRowAndTheFigures() {
        SalesRow row = row("pieter", 2);

        ActionResult result = presenter.actions().markWon(row);

        assertThat(result).isEqualTo(ActionResult.done("Marked won: ERP licences 25 seats"));
        assertThat(row.item().phase()).isEqualTo(Phase.ORDER);
        assertThat(row.item().version()).isEqualTo(2);
        assertThat(footer("pieter")).startsWith("2 items");
        assertThat(sales.calls).contains("markWon 2");
    }

    @Test
    void marksLostWithAnActiveReasonAndANote() {
        SalesRow row = row("pieter", 2);
        LostDialog dialog = new LostDialog(presenter.actions(), row, Messages.of(Locale.US), result -> { });

        assertThat(dialog.reason.getDataProvider().fetch(new Query<>()).toList())
                .containsExactly("No budget", "Price too high");
        dialog.save.click();
        assertThat(dialog.reason.getComponentError().getFormattedHtmlMessage()).contains("Choose");
        assertThat(sales.calls).noneMatch(call -> call.startsWith("markLost"));

        dialog.reason.setValue("Price too high");
        dialog.note.setValue("Went with a cheaper offer");
        dialog.save.click();

        assertThat(sales.calls).contains("markLost 2 Price too high Went with a cheaper offer");
        assertThat(row.item().phase()).isEqualTo(Phase.LOST);
        assertThat(row.item().lostReason()).isEqualTo("Price too high");
    }

    @Test
    void sharesWithTheChosenUsers() {
        SalesRow row = row("pieter", 2);
        ShareDialog dialog = new ShareDialog(presenter.actions(), row, Messages.of(Locale.US), result -> { });

        assertThat(dialog.users.getDataProvider().fetch(new Query<>()).map(CrmUser::id).toList())
                .containsExactlyInAnyOrder("sanne", "fatima", "tom");
        dialog.users.setValue(Set.of(users.find("tom").orElseThrow(), users.find("sanne").orElseThrow()));
        dialog.save.click();

        assertThat(sales.items.get(2L).sharedWith()).containsExactly("sanne", "tom");
        assertThat(row.item().sharedWith()).containsExactly("sanne", "tom");
        assertThat(new ShareDialog(presenter.actions(), row, Messages.of(Locale.US), result -> { }).users.getValue())
                .extracting(CrmUser::id).containsExactlyInAnyOrder("sanne", "tom");
    }

    @Test
    void reportsTheServicesMessageWhenTheUserMayNotChangeTheItem() {
        sales.readOnly.add(2L);
        SalesRow row = row("pieter", 2);

        assertThat(presenter.actions().markWon(row))
                .isEqualTo(ActionResult.failed("You may not change sales item 2"));
        assertThat(presenter.actions().share(row, Set.of("tom")).message())
                .isEqualTo("You may not change sales item 2");
        assertThat(row.item().phase()).isEqualTo(Phase.QUOTE);
    }

    @Test
    void reloadsTheRowWhenSomeoneElseChangedItFirst() {
        SalesRow row = row("pieter", 2);
        sales.touch(2L);

        ActionResult result = presenter.actions().markWon(row);

        assertThat(result.message()).isEqualTo("Someone else changed this item; it has been reloaded");
        assertThat(row.item().title()).isEqualTo("ERP licences 25 seats (changed)");
    }

    @Test
    void createsAnItemFromTheDialogAndShowsItsBlock() {
        NewItemDialog dialog = new NewItemDialog(presenter.actions(), presenter.salespeople(),
                new Formats(Messages.of(Locale.US)));
        assertThat(dialog.getId()).isEqualTo("sales-new-item-dialog");
        assertThat(dialog.salesperson.getValue().id()).isEqualTo("pieter");
        assertThat(presenter.actions().searchContacts("Jan")).extracting(c -> c.name()).contains("Jan Smit");

        users.current = "sanne";
        dialog.title.setValue("Cloud migration");
        dialog.contact.setValue(contacts.find(1).orElseThrow());
        dialog.salesperson.setValue(users.find("fatima").orElseThrow());
        dialog.phase.setValue(Phase.QUOTE);
        dialog.amount.setValue("7,500.25");
        dialog.expectedClose.setValue(LocalDate.of(2026, 6, 30));
        dialog.source.setValue("Website");
        dialog.save.click();

        SalesItem created = sales.items.get(4L);
        assertThat(created.title()).isEqualTo("Cloud migration");
        assertThat(created.salespersonId()).isEqualTo("fatima");
        assertThat(created.amount()).isEqualByComparingTo("7500.25");
        assertThat(created.source()).isEqualTo("Website");
        assertThat(created.expectedCloseDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(view.block("fatima")).isNotNull();
        assertThat(footer("fatima")).startsWith("1 item");
    }

    @Test
    void letsAManagerChooseTheSalesperson() {
        users.current = "sanne";

        NewItemDialog dialog = new NewItemDialog(presenter.actions(), presenter.salespeople(),
                new Formats(Messages.of(Locale.US)));

        assertThat(dialog.salesperson.getValue()).isNull();
        assertThat(dialog.salesperson.getDataProvider().size(new Query<>())).isEqualTo(3);
    }

    @Test
    void showsTheServicesRefusalsOnTheMatchingFields() {
        NewItemDialog dialog = new NewItemDialog(presenter.actions(), presenter.salespeople(),
                new Formats(Messages.of(Locale.US)));
        dialog.contact.setValue(contacts.find(2).orElseThrow());
        dialog.currency.setValue("eu");

        dialog.save.click();

        assertThat(dialog.title.getComponentError().getFormattedHtmlMessage()).isEqualTo("is&#32;required");
        assertThat(dialog.currency.getComponentError()).isNotNull();
        assertThat(dialog.amount.getComponentError()).isNull();
        assertThat(sales.items).hasSize(3);
    }

    @Test
    void refusesAnAmountThatIsNotANumberBeforeCallingTheService() {
        NewItemDialog dialog = new NewItemDialog(presenter.actions(), presenter.salespeople(),
                new Formats(Messages.of(Locale.US)));
        dialog.title.setValue("x");
        dialog.contact.setValue(contacts.find(2).orElseThrow());
        dialog.amount.setValue("twelve");

        dialog.save.click();

        assertThat(dialog.amount.getComponentError().getFormattedHtmlMessage()).contains("12&#44;500&#46;00");
        assertThat(sales.calls).doesNotContain("create");
    }

    @Test
    void mapsEveryViolationFieldOfTheServiceToAField() {
        NewItemDialog dialog = new NewItemDialog(presenter.actions(), presenter.salespeople(),
                new Formats(Messages.of(Locale.US)));

        assertThat(dialog.fields()).containsOnlyKeys("title", "contactId", "salespersonId", "phase", "amount",
                "currency", "expectedCloseDate", "source");
        assertThat(new FieldViolation("amount", "x").field()).isIn(dialog.fields().keySet());
    }

    private SalesRow row(String salesperson, long id) {
        return view.block(salesperson).grid().getDataProvider().fetch(new Query<>())
                .filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private String footer(String salesperson) {
        return view.shownBlocks().stream().filter(b -> b.getId().equals("sales-block-" + salesperson))
                .map(b -> ((SalespersonBlock) b).footerText()).findFirst().orElseThrow();
    }
}
