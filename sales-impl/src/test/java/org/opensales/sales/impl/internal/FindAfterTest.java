package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;
import org.opensales.sales.api.ValidationException;

/** Seek paging: page after page of findAfter is the list find gives in one go, in every order. */
class FindAfterTest extends SalesTestSupport {

    private static final int PAGE = 7;

    @BeforeEach
    void createItemsWithTiesAndNulls() {
        TestDatabase.executeAll(dataSource, "INSERT INTO sales_item (title, contact_id, salesperson_id, phase,"
                + " expected_close_date, probability, amount, source, active, created_at, updated_at)"
                + " SELECT ELT(1 + seq % 4, 'alpha', 'Alpha', 'bravo', 'charlie'), " + HostStandIns.ANNA + ","
                + " IF(seq % 4 = 0, 'fatima', 'pieter'),"
                + " ELT(1 + seq % 5, 'PROSPECT', 'QUOTE', 'ORDER', 'INVOICE', 'LOST'),"
                + " IF(seq % 3 = 0, NULL, DATE '2025-04-01' + INTERVAL seq % 2 DAY), 10 * (seq % 3), 100 * (seq % 4),"
                + " ELT(1 + seq % 3, 'Website', 'Partner', 'Website'), seq % 9 <> 0,"
                + " TIMESTAMP '2025-03-01 09:00:00', TIMESTAMP '2025-03-01 10:00:00' + INTERVAL seq % 3 SECOND"
                + " FROM seq_1_to_40",
                "INSERT INTO sales_item_share (item_id, user_id) SELECT id, 'pieter' FROM sales_item"
                        + " WHERE salesperson_id = 'fatima' AND id % 8 = 0");
    }

    static Stream<Arguments> orders() {
        List<Arguments> orders = new ArrayList<>();
        for (SortField field : SortField.values()) {
            orders.add(Arguments.of(List.of(Sort.asc(field))));
            orders.add(Arguments.of(List.of(Sort.desc(field))));
        }
        orders.add(Arguments.of(List.of(Sort.desc(SortField.EXPECTED_CLOSE_DATE), Sort.asc(SortField.TITLE))));
        orders.add(Arguments.of(List.of(Sort.asc(SortField.PHASE), Sort.desc(SortField.AMOUNT))));
        orders.add(Arguments.of(List.of()));
        return orders.stream();
    }

    @ParameterizedTest
    @MethodSource("orders")
    void pagingAfterTheLastItemGivesTheWholeListInOrder(List<Sort> sort) {
        assertPagesMatchTheList(SalesFilter.all(), sort);
    }

    @ParameterizedTest
    @MethodSource("orders")
    void aFilterAndTheAccessRuleHoldOnEveryPage(List<Sort> sort) {
        users.actAs("pieter");
        SalesFilter filter = SalesFilter.builder().phases(Set.of(Phase.PROSPECT, Phase.QUOTE, Phase.LOST))
                .includeInactive(true).build();

        List<SalesItem> all = assertPagesMatchTheList(filter, sort);

        assertThat(all).isNotEmpty().allSatisfy(item -> {
            assertThat(item.phase()).isIn(Phase.PROSPECT, Phase.QUOTE, Phase.LOST);
            assertThat(item.salespersonId().equals("pieter") || item.sharedWith().contains("pieter")).isTrue();
        });
        assertThat(all).anyMatch(item -> item.salespersonId().equals("fatima"))
                .anyMatch(item -> !item.active());
    }

    @Test
    void noItemFollowsTheLastOne() {
        List<Sort> sort = List.of(Sort.desc(SortField.AMOUNT));
        List<SalesItem> all = service.find(SalesFilter.all(), sort, 0, 1000);

        assertThat(service.findAfter(SalesFilter.all(), sort, all.get(all.size() - 1), PAGE)).isEmpty();
        assertThat(service.findAfter(SalesFilter.all(), sort, null, PAGE)).isEqualTo(all.subList(0, PAGE));
    }

    @Test
    void theLimitIsCheckedLikeFinds() {
        assertThatThrownBy(() -> service.findAfter(SalesFilter.all(), List.of(), null, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> service.findAfter(SalesFilter.all(), List.of(), null, 1001))
                .isInstanceOf(ValidationException.class).hasMessageContaining("limit");
    }

    private List<SalesItem> assertPagesMatchTheList(SalesFilter filter, List<Sort> sort) {
        List<SalesItem> expected = service.find(filter, sort, 0, 1000);
        List<SalesItem> paged = new ArrayList<>();
        List<SalesItem> page = service.findAfter(filter, sort, null, PAGE);
        while (!page.isEmpty()) {
            assertThat(page.size()).isLessThanOrEqualTo(PAGE);
            paged.addAll(page);
            page = service.findAfter(filter, sort, page.get(page.size() - 1), PAGE);
        }
        assertThat(paged).extracting(SalesItem::id).containsExactlyElementsOf(expected.stream().map(SalesItem::id).toList());
        return paged;
    }
}
