package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensales.sales.ui.internal.InMemoryTargets.target;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.vaadin.server.VaadinRequest;
import com.vaadin.ui.Button;
import com.vaadin.ui.Notification;
import com.vaadin.ui.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.ValidationException;

/** A sales manager sets the monthly targets from the Salespeople tab; nobody else sees the button. */
class TargetsDialogTest {

    private static final YearMonth NOW = YearMonth.now();

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private final InMemoryTargets targets = new InMemoryTargets(sales.targets, users);
    private final UI ui = new UI() {
        @Override
        protected void init(VaadinRequest request) {
        }
    };
    private SalesPresenter presenter;

    @BeforeEach
    void setUp() {
        sales.add("Website redesign", 1, "tom", Phase.PROSPECT, "1000.00", 10);
        sales.add("ERP licences", 2, "pieter", Phase.QUOTE, "20000.00", 50);
        sales.add("Support contract", 1, "fatima", Phase.QUOTE, "5000.00", 50);
        sales.targets.add(target("fatima", NOW, 3, "50000.00"));
        sales.targets.add(target("pieter", NOW.plusMonths(1), 7, "90000.00"));
        Messages messages = Messages.of(Locale.US);
        presenter = new SalesPresenter(new SalesServices(sales, sales, users, new FixedContacts(),
                new InMemoryPreferences(), new FixedCatalog(), targets), messages);
        ui.setContent(new SalesView(presenter, new Formats(messages)));
    }

    @Test
    void aManagerSeesTheButtonAndSavingStoresTheChangedTargetsAndRefreshesTheTab() {
        TargetsDialog dialog = openAs("sanne");

        assertThat(dialog.getId()).isEqualTo("sales-targets-dialog");
        assertThat(dialog.chosenMonth()).isEqualTo(NOW);
        assertThat(dialog.orders("fatima").getValue()).isEqualTo("3");
        assertThat(dialog.revenue("fatima").getValue()).isEqualTo("50,000.00");
        assertThat(dialog.orders("pieter").getValue()).isEmpty();
        dialog.orders("pieter").setValue("6");
        dialog.revenue("pieter").setValue("75,000.5");
        dialog.revenue("fatima").setValue("55000");

        dialog.save.click();

        assertThat(targets.saved).containsExactly(target("fatima", NOW, 3, "55000.00"),
                target("pieter", NOW, 6, "75000.50"));
        assertThat(ui.getWindows()).isEmpty();
        String grid = "sales-report-performance";
        assertThat(ComponentTree.column(ui, grid, "salesperson"))
                .containsExactly("Fatima El Amrani", "Pieter de Vries", "Tom Bakker");
        boolean nextMonthInQuarter = !NOW.plusMonths(1).isAfter(ReportPeriod.QUARTER.last(NOW));
        assertThat(ComponentTree.column(ui, grid, "targetOrders"))
                .containsExactly("3", nextMonthInQuarter ? "13" : "6", "0");
        assertThat(ComponentTree.column(ui, grid, "targetRevenue").get(0)).isEqualTo("55,000.00");
    }

    @Test
    void loadsTheTargetsOfTheChosenMonth() {
        TargetsDialog dialog = openAs("sanne");

        dialog.month.setValue(NOW.plusMonths(1).atDay(1));

        assertThat(dialog.orders("pieter").getValue()).isEqualTo("7");
        assertThat(dialog.revenue("pieter").getValue()).isEqualTo("90,000.00");
        assertThat(dialog.orders("fatima").getValue()).isEmpty();
        dialog.save.click();
        assertThat(targets.saved).isEmpty();
    }

    @Test
    void aSalespersonDoesNotSeeTheButton() {
        users.current = "pieter";
        presenter.enter("sales", "");
        tabs().setSelectedTab(1);

        Button edit = (Button) ComponentTree.find(ui, "sales-targets-edit");
        assertThat(edit.isVisible()).isFalse();
        edit.click();
        assertThat(ui.getWindows()).isEmpty();
    }

    @Test
    void aBadValueShowsOnItsFieldAndNothingIsSaved() {
        TargetsDialog dialog = openAs("sanne");
        dialog.orders("pieter").setValue("6");
        dialog.revenue("pieter").setValue("60,000");
        dialog.orders("fatima").setValue("-1");
        dialog.revenue("tom").setValue("12.345");

        dialog.save.click();

        assertThat(dialog.orders("fatima").getComponentError().getFormattedHtmlMessage()).contains("whole&#32;number");
        assertThat(dialog.revenue("tom").getComponentError().getFormattedHtmlMessage()).contains("2&#32;decimals");
        assertThat(dialog.orders("pieter").getComponentError()).isNull();
        assertThat(targets.saved).isEmpty();
        assertThat(ui.getWindows()).containsExactly(dialog);
    }

    @Test
    void showsTheServicesRefusalOnTheMatchingField() {
        TargetsDialog dialog = openAs("sanne");
        targets.refusal = new ValidationException(List.of(new FieldViolation("revenue", "is too high")));
        dialog.revenue("tom").setValue("1,000");

        dialog.save.click();

        assertThat(dialog.revenue("tom").getComponentError().getFormattedHtmlMessage()).isEqualTo("is&#32;too&#32;high");
        assertThat(targets.saved).isEmpty();
        assertThat(ui.getWindows()).containsExactly(dialog);
    }

    @Test
    void showsARefusedAccessAsANotification() {
        TargetsDialog dialog = openAs("sanne");
        users.current = "tom";
        dialog.orders("tom").setValue("5");

        dialog.save.click();

        assertThat(ui.getExtensions()).filteredOn(Notification.class::isInstance)
                .extracting(n -> ((Notification) n).getCaption())
                .containsExactly("Only a sales manager may set targets");
        assertThat(targets.saved).isEmpty();
    }

    @Test
    void readsAndShowsAmountsInTheUsersLocale() {
        Messages dutch = Messages.of(Locale.forLanguageTag("nl-NL"));
        users.current = "sanne";
        TargetsDialog dialog = new TargetsDialog(presenter.targets(), new Formats(dutch), NOW, () -> { });
        assertThat(dialog.revenue("fatima").getValue()).isEqualTo("50.000,00");

        dialog.revenue("tom").setValue("80.000,25");
        dialog.save.click();

        assertThat(targets.saved).containsExactly(target("tom", NOW, 0, "80000.25"));
    }

    private TargetsDialog openAs(String userId) {
        users.current = userId;
        presenter.enter("sales", "");
        tabs().setSelectedTab(1);
        Button edit = (Button) ComponentTree.find(ui, "sales-targets-edit");
        assertThat(edit.isVisible()).isTrue();
        edit.click();
        assertThat(ui.getWindows()).hasSize(1);
        return (TargetsDialog) ui.getWindows().iterator().next();
    }

    private ReportTabs tabs() {
        return (ReportTabs) ComponentTree.find(ui, "sales-report-tabs");
    }
}
