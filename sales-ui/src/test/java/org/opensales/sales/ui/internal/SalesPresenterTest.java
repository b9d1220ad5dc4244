package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.data.provider.Query;
import com.vaadin.data.provider.QuerySortOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalespersonTotals;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

class SalesPresenterTest {

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private final FixedContacts contacts = new FixedContacts();
    private final RecordingDisplay display = new RecordingDisplay();
    private SalesPresenter presenter;

    @BeforeEach
    void setUp() {
        sales.add("Website redesign", 1, "tom", Phase.PROSPECT, "1000.00", 10);
        sales.add("ERP licences 25 seats", 2, "pieter", Phase.QUOTE, "20000.00", 50);
        sales.add("Annual support contract", 1, "fatima", Phase.ORDER, "5000.00", 100);
        sales.add("Web shop", 2, "pieter", Phase.PROSPECT, "3000.00", 20);
        presenter = new SalesPresenter(StandInServices.of(sales, users, contacts, new InMemoryPreferences()), Messages.of(Locale.US));
        presenter.attach(display);
    }

    @Test
    void ordersBlocksWithTheCurrentUsersOwnFirstThenByName() {
        users.current = "tom";

        presenter.enter("sales", "");

        assertThat(display.blocks).extracting(BlockModel::userId).containsExactly("tom", "fatima", "pieter");
        assertThat(display.blocks).extracting(BlockModel::displayName)
                .containsExactly("Tom Bakker", "Fatima El Amrani", "Pieter de Vries");
    }

    @Test
    void ordersByNameForAUserWithoutOwnBlock() {
        List<BlockModel> blocks = List.of(block("zed", "zed"), block("b", "Bert"), block("a", "anna"));

        assertThat(SalesPresenter.order(blocks, "sanne")).extracting(BlockModel::userId)
                .containsExactly("a", "b", "zed");
    }

    @Test
    void entersWithTheFilterOfTheUrl() {
        presenter.enter("sales", "text=web&phase=PROSPECT");

        assertThat(display.filter).isEqualTo(new FilterValues("web", Phase.PROSPECT, null));
        assertThat(display.blocks).extracting(BlockModel::userId).containsExactly("pieter", "tom");
        assertThat(display.report.general().count()).isEqualTo(2);
        assertThat(display.locations).isEmpty();
    }

    @Test
    void dropsAnUnknownSalespersonFromTheUrl() {
        presenter.enter("sales", "salesperson=mallory");

        assertThat(display.filter).isEqualTo(FilterValues.NONE);
    }

    @Test
    void putsAChangedFilterIntoTheUrlAndReloads() {
        presenter.enter("sales", "");

        presenter.filterChanged(new FilterValues("", Phase.QUOTE, "pieter"));

        assertThat(display.locations).containsExactly("sales/phase=QUOTE&salesperson=pieter");
        assertThat(display.blocks).extracting(BlockModel::userId).containsExactly("pieter");
        assertThat(display.blockReloads).containsExactly(true, true);

        presenter.filterChanged(FilterValues.NONE);
        assertThat(display.locations).endsWith("sales");
    }

    @Test
    void ignoresAFilterThatDidNotChange() {
        presenter.enter("sales", "phase=QUOTE");
        int reloads = display.blockReloads.size();

        presenter.filterChanged(new FilterValues("", Phase.QUOTE, null));

        assertThat(display.blockReloads).hasSize(reloads);
        assertThat(display.locations).isEmpty();
    }

    @Test
    void fetchesAPageWithOneContactLookupAndTheMappedSort() {
        presenter.enter("sales", "");

        List<SalesRow> rows = presenter.fetch("pieter", new Query<>(0, 40,
                List.of(new QuerySortOrder("amount", com.vaadin.shared.data.sort.SortDirection.DESCENDING)),
                null, null)).toList();

        assertThat(rows).extracting(SalesRow::contactName).containsExactly("Jan Smit", "Jan Smit");
        assertThat(contacts.findAllCalls).hasSize(1);
        assertThat(sales.lastSort).containsExactly(Sort.desc(SortField.AMOUNT));
        assertThat(presenter.count("pieter")).isEqualTo(2);
    }

    @Test
    void splitsALargeRequestIntoPagesTheServiceAcceptsReadingOnFromTheLastItem() {
        IntStream.range(0, 2100).forEach(i -> sales.add("Item " + i, 1, "tom", Phase.QUOTE, "1.00", 50));
        presenter.enter("sales", "");
        sales.calls.clear();

        List<SalesRow> fetched = presenter.fetch("tom", new Query<>(5, Integer.MAX_VALUE, List.of(), null, null))
                .toList();

        assertThat(fetched).hasSize(2101 - 5);
        assertThat(fetched).extracting(SalesRow::id).doesNotHaveDuplicates();
        assertThat(sales.calls).containsExactly("find 5 1000", "findAfter " + fetched.get(999).id() + " 1000",
                "findAfter " + fetched.get(1999).id() + " 1000");
    }

    @Test
    void savesAnEditAtOnceAndRefreshesTheFigures() {
        presenter.enter("sales", "");
        SalesRow row = presenter.fetch("pieter", new Query<>()).findFirst().orElseThrow();
        int reloads = display.blockReloads.size();

        SaveOutcome outcome = presenter.save(row, b -> b.amount(new BigDecimal("25000.00")));

        assertThat(outcome.kind()).isEqualTo(SaveOutcome.Kind.SAVED);
        assertThat(row.item().amount()).isEqualByComparingTo("25000");
        assertThat(row.item().version()).isEqualTo(2);
        assertThat(display.blockReloads).hasSize(reloads + 1).endsWith(false);
        assertThat(display.blocks.stream().filter(b -> b.userId().equals("pieter")).findFirst().orElseThrow()
                .totals().amount()).isEqualByComparingTo("28000");

        presenter.save(row, b -> b.amount(new BigDecimal("25001.00")));
        assertThat(row.item().version()).isEqualTo(3);
    }

    @Test
    void sendsNothingForAnUnchangedValue() {
        SalesRow row = new SalesRow(sales.items.get(2L), "Jan Smit");

        SaveOutcome outcome = presenter.save(row, b -> b.amount(new BigDecimal("20000")));

        assertThat(outcome.kind()).isEqualTo(SaveOutcome.Kind.UNCHANGED);
        assertThat(sales.calls).doesNotContain("update");
    }

    @Test
    void reportsARefusedValueAndKeepsTheStoredItem() {
        SalesItem before = sales.items.get(2L);
        SalesRow row = new SalesRow(before, "Jan Smit");

        SaveOutcome outcome = presenter.save(row, b -> b.amount(new BigDecimal("-1")));

        assertThat(outcome).isEqualTo(new SaveOutcome(SaveOutcome.Kind.INVALID, "amount must be at least 0 and less than 100000000000000"));
        assertThat(row.item()).isSameAs(before);
    }

    @Test
    void reloadsTheRowWhenSomeoneElseSavedFirst() {
        presenter.enter("sales", "");
        SalesRow row = new SalesRow(sales.items.get(2L), "Jan Smit");
        sales.touch(2L);

        SaveOutcome outcome = presenter.save(row, b -> b.amount(new BigDecimal("1.00")));

        assertThat(outcome).isEqualTo(new SaveOutcome(SaveOutcome.Kind.CONFLICT,
                "Someone else changed this item; it has been reloaded"));
        assertThat(row.item().title()).isEqualTo("ERP licences 25 seats (changed)");
        assertThat(row.item().amount()).isEqualByComparingTo("20000");
    }

    private static BlockModel block(String id, String name) {
        return new BlockModel(id, name, new SalespersonTotals(id, 1, BigDecimal.ONE, BigDecimal.ONE));
    }
}
