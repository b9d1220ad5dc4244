package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

class SalesFindTest extends SalesTestSupport {

    private List<SalesItem> items;

    private void createSortable() {
        items = List.of(
                create("charlie", Phase.ORDER, 70, "300.00", "2025-05-01", "Website", "pieter"),
                create("alpha", Phase.LOST, 0, "300.00", "2025-04-01", "Trade fair", "fatima"),
                create("echo", Phase.PROSPECT, 10, "50.00", "2025-06-01", "Partner", "pieter"),
                create("bravo", Phase.QUOTE, 70, "1000.00", "2025-04-01", "Website", "fatima"),
                create("delta", Phase.INVOICE, 100, "20.00", "2025-01-01", "Cold call", "pieter"));
    }

    @ParameterizedTest
    @EnumSource(SortField.class)
    void sortsByEachFieldBothWaysWithTheIdBreakingTies(SortField field) {
        createSortable();
        service.update(items.get(2).toBuilder().title("echo!").build());

        List<SalesItem> ascending = service.find(SalesFilter.all(), List.of(Sort.asc(field)), 0, 100);
        List<SalesItem> descending = service.find(SalesFilter.all(), List.of(Sort.desc(field)), 0, 100);

        Comparator<SalesItem> byId = Comparator.comparingLong(SalesItem::id);
        assertThat(ascending).hasSize(5).isSortedAccordingTo(key(field).thenComparing(byId));
        assertThat(descending).hasSize(5).isSortedAccordingTo(key(field).reversed().thenComparing(byId));
    }

    @Test
    void sortsInLifecycleOrderAndByOrderOfKeys() {
        createSortable();

        assertThat(titles(service.find(SalesFilter.all(), List.of(Sort.asc(SortField.PHASE)), 0, 10)))
                .containsExactly("echo", "bravo", "charlie", "delta", "alpha");
        assertThat(titles(service.find(SalesFilter.all(),
                List.of(Sort.desc(SortField.PROBABILITY), Sort.asc(SortField.TITLE)), 0, 10)))
                .containsExactly("delta", "bravo", "charlie", "echo", "alpha");
        assertThat(titles(service.find(SalesFilter.all(), List.of(Sort.desc(SortField.AMOUNT)), 0, 10)))
                .as("equal amounts keep id order").containsExactly("bravo", "charlie", "alpha", "echo", "delta");
        assertThat(titles(service.find(SalesFilter.all(), List.of(), 0, 10)))
                .as("no sort keys: id order").containsExactly("charlie", "alpha", "echo", "bravo", "delta");
    }

    @Test
    void pagesThroughTheSortedItems() {
        createSortable();
        List<Sort> byTitle = List.of(Sort.asc(SortField.TITLE));

        assertThat(titles(service.find(SalesFilter.all(), byTitle, 0, 2))).containsExactly("alpha", "bravo");
        assertThat(titles(service.find(SalesFilter.all(), byTitle, 2, 2))).containsExactly("charlie", "delta");
        assertThat(titles(service.find(SalesFilter.all(), byTitle, 4, 2))).containsExactly("echo");
        assertThat(service.find(SalesFilter.all(), byTitle, 5, 2)).isEmpty();
    }

    @Test
    void filtersByPhaseAndSalespersonAndCountsTheSame() {
        createSortable();
        SalesFilter open = SalesFilter.builder().phases(Set.of(Phase.PROSPECT, Phase.QUOTE)).build();
        SalesFilter pieter = SalesFilter.all().forSalesperson("pieter");
        SalesFilter pieterWon = SalesFilter.builder().phases(Set.of(Phase.ORDER, Phase.INVOICE)).salespersonIds(Set.of("pieter")).build();
        SalesFilter both = SalesFilter.builder().salespersonIds(Set.of("pieter", "fatima")).build();

        assertThat(titles(service.find(open, List.of(), 0, 10))).containsExactly("echo", "bravo");
        assertThat(titles(service.find(pieter, List.of(), 0, 10))).containsExactly("charlie", "echo", "delta");
        assertThat(titles(service.find(pieterWon, List.of(), 0, 10))).containsExactly("charlie", "delta");
        assertThat(service.count(open)).isEqualTo(2);
        assertThat(service.count(pieter)).isEqualTo(3);
        assertThat(service.count(pieterWon)).isEqualTo(2);
        assertThat(service.count(both)).isEqualTo(5);
        assertThat(service.count(SalesFilter.all())).isEqualTo(5);
        assertThat(service.count(null)).isEqualTo(5);
        assertThat(service.count(SalesFilter.all().forSalesperson("sanne"))).isZero();
    }

    @Test
    void textMatchesTitlesCaseInsensitivelyAndTakesWildcardsLiterally() {
        for (String title : List.of("50% discount deal", "500 units of flour", "A_B test", "AxB test",
                "Wow! Big order", "Croissants for Café Noir")) {
            create(title, Phase.PROSPECT, 10, "1.00", "2025-01-01", "", "pieter");
        }

        assertThat(titles(service.find(text("50%"), List.of(), 0, 10))).containsExactly("50% discount deal");
        assertThat(titles(service.find(text("%"), List.of(), 0, 10))).containsExactly("50% discount deal");
        assertThat(titles(service.find(text("a_b"), List.of(), 0, 10))).containsExactly("A_B test");
        assertThat(titles(service.find(text("wow!"), List.of(), 0, 10))).containsExactly("Wow! Big order");
        assertThat(titles(service.find(text("DISCOUNT"), List.of(), 0, 10))).containsExactly("50% discount deal");
        assertThat(titles(service.find(text("café"), List.of(), 0, 10))).containsExactly("Croissants for Café Noir");
        assertThat(titles(service.find(text(" test  ab "), List.of(), 0, 10))).isEmpty();
        assertThat(titles(service.find(text("TEST a"), List.of(), 0, 10))).containsExactly("A_B test", "AxB test");
        assertThat(titles(service.find(text("order big"), List.of(), 0, 10)))
                .as("every word must occur, in any order").containsExactly("Wow! Big order");
        assertThat(service.count(text("test"))).isEqualTo(2);
        assertThat(service.count(SalesFilter.builder().text("test").phases(Set.of(Phase.QUOTE)).build())).isZero();
    }

    @Test
    void inactiveItemsAreLeftOutUnlessTheFilterAsks() {
        createSortable();
        service.update(items.get(0).toBuilder().active(false).build());
        SalesFilter withInactive = SalesFilter.builder().includeInactive(true).build();

        assertThat(titles(service.find(SalesFilter.all(), List.of(), 0, 10))).containsExactly("alpha", "echo", "bravo", "delta");
        assertThat(service.count(SalesFilter.all())).isEqualTo(4);
        assertThat(titles(service.find(withInactive, List.of(), 0, 10))).hasSize(5).contains("charlie");
        assertThat(service.count(withInactive)).isEqualTo(5);
        assertThat(reports.generalInformation(SalesFilter.all()).count()).isEqualTo(4);
        assertThat(reports.generalInformation(withInactive).count()).isEqualTo(5);
    }

    private SalesItem create(String title, Phase phase, int probability, String amount, String closeDate,
                             String source, String salespersonId) {
        SalesItem item = service.create(new NewItemDraft().title(title)
                .phase(phase == Phase.LOST ? Phase.PROSPECT : phase).probability(probability)
                .amount(amount).expectedCloseDate(LocalDate.parse(closeDate)).source(source)
                .salespersonId(salespersonId).build());
        return phase == Phase.LOST ? service.markLost(item.id(), item.version(), "Price too high", "") : item;
    }

    private static SalesFilter text(String text) {
        return SalesFilter.builder().text(text).build();
    }

    private static List<String> titles(List<SalesItem> items) {
        return items.stream().map(SalesItem::title).toList();
    }

    private static Comparator<SalesItem> key(SortField field) {
        return switch (field) {
            case ID -> Comparator.comparingLong(SalesItem::id);
            case TITLE -> Comparator.comparing(SalesItem::title);
            case PHASE -> Comparator.comparing(SalesItem::phase);
            case PROBABILITY -> Comparator.comparingInt(SalesItem::probability);
            case AMOUNT -> Comparator.comparing(SalesItem::amount, BigDecimal::compareTo);
            case EXPECTED_CLOSE_DATE -> Comparator.comparing(SalesItem::expectedCloseDate);
            case SOURCE -> Comparator.comparing(SalesItem::source, String.CASE_INSENSITIVE_ORDER);
            case UPDATED_AT -> Comparator.comparing(SalesItem::updatedAt);
        };
    }
}
