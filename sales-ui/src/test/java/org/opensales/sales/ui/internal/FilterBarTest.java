package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.vaadin.data.HasValue;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.host.api.CrmUser;
import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.Phase;

/** The filter bar in the real view: every field changes the filter, and the URL's filter fills the fields. */
class FilterBarTest {

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private final RecordingDisplay display = new RecordingDisplay();
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
    void everyFieldChangesTheFilter() {
        set("sales-filter-text", "web");
        view.filterBar().phases().boxes().setValue(Set.of(Phase.PROSPECT, Phase.QUOTE));
        set("sales-filter-salesperson", users.find("tom").orElseThrow());
        set("sales-filter-source", "Website");
        set("sales-filter-tag", "vip");
        set("sales-filter-period", PeriodField.CLOSED);
        set("sales-filter-from", LocalDate.of(2026, 1, 1));
        set("sales-filter-to", LocalDate.of(2026, 3, 31));
        set("sales-filter-min", "1,000.50");
        set("sales-filter-max", "20000");
        set("sales-filter-inactive", true);

        assertThat(presenter.filter()).isEqualTo(new FilterValues("web", Set.of(Phase.PROSPECT, Phase.QUOTE), "tom",
                "Website", "vip", PeriodField.CLOSED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                new BigDecimal("1000.5"), new BigDecimal("20000"), true));
    }

    @Test
    void offersTheSourcesOfTheCatalog() {
        assertThat(presenter.sourceNames()).containsExactly("Campaign", "Old fair", "Website");
    }

    @Test
    void showsAClearErrorForAnAmountThatIsNotANumberAndKeepsTheFilter() {
        set("sales-filter-min", "500");
        FilterValues before = presenter.filter();

        set("sales-filter-max", "lots");

        AbstractComponent max = (AbstractComponent) find("sales-filter-max");
        assertThat(max.getComponentError().getFormattedHtmlMessage())
                .isEqualTo("Enter&#32;an&#32;amount&#32;such&#32;as&#32;12&#44;500&#46;00");
        assertThat(presenter.filter()).isEqualTo(before);

        set("sales-filter-max", "-3");
        assertThat(max.getComponentError().getFormattedHtmlMessage()).contains("negative");

        set("sales-filter-max", "");
        assertThat(max.getComponentError()).isNull();
        assertThat(presenter.filter().minAmount()).isEqualByComparingTo("500");
    }

    @Test
    void readsAmountsInTheUsersLocale() {
        Messages dutch = Messages.of(new Locale("nl", "NL"));
        SalesPresenter nl = new SalesPresenter(StandInServices.of(sales, users), dutch);
        SalesView dutchView = new SalesView(nl, new Formats(dutch));
        nl.enter("sales", "min=1234.5");

        TextField min = (TextField) find(dutchView, "sales-filter-min");
        assertThat(min.getValue()).isEqualTo("1.234,50");
        min.setValue("2.500,75");
        assertThat(nl.filter().minAmount()).isEqualByComparingTo("2500.75");
    }

    @Test
    void clearsEverything() {
        presenter.enter("sales", "text=x&phase=LOST&source=Website&tag=a&period=CLOSED&from=2026-01-01&min=1"
                + "&inactive=true");

        ((Button) find("sales-filter-clear")).click();

        assertThat(presenter.filter()).isEqualTo(FilterValues.NONE);
        assertThat(((HasValue<?>) find("sales-filter-text")).getValue()).isEqualTo("");
        assertThat(view.filterBar().phases().value()).isEmpty();
        assertThat(((HasValue<?>) find("sales-filter-inactive")).getValue()).isEqualTo(false);
    }

    @Test
    void fillsTheFieldsFromTheUrlWithoutReportingAChange() {
        presenter.enter("sales", "text=ERP&phase=QUOTE,LOST&salesperson=fatima&source=Campaign&tag=vip"
                + "&period=EXPECTED_CLOSE&from=2026-02-01&to=2026-02-28&min=10&max=99.5&inactive=true");

        assertThat(((HasValue<?>) find("sales-filter-text")).getValue()).isEqualTo("ERP");
        assertThat(view.filterBar().phases().value()).containsExactlyInAnyOrder(Phase.QUOTE, Phase.LOST);
        assertThat(((CrmUser) ((HasValue<?>) find("sales-filter-salesperson")).getValue()).id()).isEqualTo("fatima");
        assertThat(((HasValue<?>) find("sales-filter-source")).getValue()).isEqualTo("Campaign");
        assertThat(((HasValue<?>) find("sales-filter-tag")).getValue()).isEqualTo("vip");
        assertThat(((HasValue<?>) find("sales-filter-period")).getValue()).isEqualTo(PeriodField.EXPECTED_CLOSE);
        assertThat(((HasValue<?>) find("sales-filter-from")).getValue()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(((HasValue<?>) find("sales-filter-to")).getValue()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(((HasValue<?>) find("sales-filter-min")).getValue()).isEqualTo("10.00");
        assertThat(((HasValue<?>) find("sales-filter-max")).getValue()).isEqualTo("99.50");
        assertThat(((HasValue<?>) find("sales-filter-inactive")).getValue()).isEqualTo(true);
    }

    @Test
    void pushesEachChangeIntoTheUrl() {
        SalesPresenter recorded = recordedPresenter();
        recorded.enter("sales", "");

        recorded.filterChanged(FilterParameters.parse("phase=QUOTE&min=100&inactive=true"));

        assertThat(display.locations).containsExactly("sales/phase=QUOTE&min=100&inactive=true");
    }

    @Test
    void backAndForwardRestoreTheFilterWithoutPushingItAgain() {
        SalesPresenter recorded = recordedPresenter();
        recorded.enter("sales", "");
        recorded.filterChanged(FilterParameters.parse("phase=QUOTE"));
        int reloads = display.blockReloads.size();

        recorded.restore("");

        assertThat(display.filter).isEqualTo(FilterValues.NONE);
        assertThat(display.blockReloads).hasSize(reloads + 1);
        assertThat(display.locations).containsExactly("sales/phase=QUOTE");

        recorded.restore("");
        assertThat(display.blockReloads).hasSize(reloads + 1);
    }

    @Test
    void followsOnlyTheFragmentsOfItsOwnView() {
        view.fragmentChanged("!sales/phase=LOST&tag=x");
        assertThat(presenter.filter().phases()).containsExactly(Phase.LOST);

        view.fragmentChanged("!contacts/phase=QUOTE");
        view.fragmentChanged("!salesreport");
        view.fragmentChanged(null);
        assertThat(presenter.filter().phases()).containsExactly(Phase.LOST);

        view.fragmentChanged("!sales");
        assertThat(presenter.filter()).isEqualTo(FilterValues.NONE);
    }

    private SalesPresenter recordedPresenter() {
        SalesPresenter recorded = new SalesPresenter(StandInServices.of(sales, users), Messages.of(Locale.US));
        recorded.attach(display);
        return recorded;
    }

    @SuppressWarnings("unchecked")
    private void set(String id, Object value) {
        ((HasValue<Object>) find(id)).setValue(value);
    }

    private Component find(String id) {
        return find(view, id);
    }

    private static Component find(Component root, String id) {
        return all(root).filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static Stream<Component> all(Component component) {
        Stream<Component> children = component instanceof HasComponents container
                ? StreamSupport.stream(container.spliterator(), false).flatMap(FilterBarTest::all) : Stream.empty();
        return Stream.concat(Stream.of(component), children);
    }
}
