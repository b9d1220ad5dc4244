package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.data.provider.DataProvider;
import com.vaadin.data.provider.Query;
import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;

/** How a block's grid pages through a long list: by seek while scrolling on, by offset otherwise. */
class ItemPagingTest {

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private DataProvider<SalesRow, Void> items;

    @BeforeEach
    void setUp() {
        IntStream.range(0, 230).forEach(i -> sales.add("Item " + i, 1, i % 3 == 0 ? "pieter" : "tom", Phase.QUOTE,
                "1.00", 50));
        users.current = "pieter";
        SalesPresenter presenter = new SalesPresenter(StandInServices.of(sales, users), Messages.of(Locale.US));
        presenter.attach(new RecordingDisplay());
        presenter.enter("sales", "");
        items = presenter.itemsOf("tom");
        sales.calls.clear();
    }

    @Test
    void scrollingOnReadsEachNextPageAfterTheLastRowAndGivesTheSameRowsAsOffsets() {
        List<Long> bySeek = IntStream.range(0, 4).boxed()
                .flatMap(page -> fetch(page * 40, 40).stream()).toList();

        assertThat(sales.calls).containsExactly("find 0 40", "findAfter " + bySeek.get(39) + " 40",
                "findAfter " + bySeek.get(79) + " 40", "findAfter " + bySeek.get(119) + " 40");
        assertThat(bySeek).hasSize(153).doesNotHaveDuplicates()
                .isEqualTo(sales.find(tomsFilter(), List.of(), 0, 1000).stream().map(SalesItem::id).toList());
    }

    @Test
    void aJumpAChangedSortOrAReloadReadsByOffset() {
        fetch(0, 40);
        fetch(120, 40);
        fetch(160, 40, List.of(new QuerySortOrder("title", SortDirection.ASCENDING)));
        fetch(0, 40);
        items.refreshAll();
        fetch(40, 40);

        assertThat(sales.calls).containsExactly("find 0 40", "find 120 40", "find 160 40", "find 0 40", "find 40 40");
    }

    private List<Long> fetch(int offset, int limit) {
        return fetch(offset, limit, List.of());
    }

    private List<Long> fetch(int offset, int limit, List<QuerySortOrder> sort) {
        return items.fetch(new Query<>(offset, limit, sort, null, null)).map(SalesRow::id).toList();
    }

    private static SalesFilter tomsFilter() {
        return FilterValues.NONE.toSalesFilter().forSalesperson("tom");
    }
}
