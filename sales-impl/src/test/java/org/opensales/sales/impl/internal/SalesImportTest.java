package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesImport;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

class SalesImportTest extends SalesTestSupport {

    private final SalesImport importer =
            new SalesImportImpl(SharedDatabases.salesDatabase(dataSource), contacts, users);

    @Test
    void importedItemsReadBackAsGivenWithTheirChildRows() {
        SalesItem won = item(Phase.ORDER).quoteDate(LocalDate.of(2024, 2, 1)).orderDate(LocalDate.of(2024, 3, 1))
                .amount(new BigDecimal("1234.50")).probability(100).source("Referral")
                .extraContactIds(List.of(HostStandIns.CAFE)).tags(Set.of("vip", "renewal")).sharedWith(Set.of("tom"))
                .createdBy("fatima").createdAt(Instant.parse("2024-01-10T09:00:00Z")).build();
        SalesItem lost = item(Phase.LOST).quoteDate(LocalDate.of(2024, 1, 20)).lostDate(LocalDate.of(2024, 4, 2))
                .lostReason("No budget").lostNote("next year").probability(0).build();

        List<Long> ids = importer.importItems(List.of(won, lost));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        SalesItem storedWon = service.get(ids.get(0)).orElseThrow();
        assertThat(storedWon.phase()).isEqualTo(Phase.ORDER);
        assertThat(storedWon.orderDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(storedWon.amount()).isEqualByComparingTo("1234.50");
        assertThat(storedWon.extraContactIds()).containsExactly(HostStandIns.CAFE);
        assertThat(storedWon.tags()).containsExactlyInAnyOrder("vip", "renewal");
        assertThat(storedWon.sharedWith()).containsExactly("tom");
        assertThat(storedWon.createdBy()).isEqualTo("fatima");
        assertThat(storedWon.createdAt()).isEqualTo(Instant.parse("2024-01-10T09:00:00Z"));
        assertThat(storedWon.version()).isEqualTo(1);
        SalesItem storedLost = service.get(ids.get(1)).orElseThrow();
        assertThat(storedLost.lostReason()).isEqualTo("No budget");
        assertThat(storedLost.lostNote()).isEqualTo("next year");
        assertThat(storedLost.createdBy()).isEqualTo("sanne");
    }

    @Test
    void eachItemGetsTheHistoryOfItsPhaseAndALostItemReopensToItsOpenPhase() {
        SalesItem lost = item(Phase.LOST).quoteDate(LocalDate.of(2024, 1, 20)).lostDate(LocalDate.of(2024, 4, 2))
                .lostReason("No budget").probability(0).build();
        long id = importer.importItems(List.of(lost)).get(0);

        assertThat(service.history(id)).extracting(HistoryEntry::newValue).containsExactly("QUOTE", "LOST");
        SalesItem reopened = service.reopen(id, 1);
        assertThat(reopened.phase()).isEqualTo(Phase.QUOTE);
    }

    @Test
    void oneBadItemWritesNothingAndEveryViolationNamesItsItem() {
        List<SalesItem> items = new ArrayList<>();
        items.add(item(Phase.PROSPECT).build());
        items.add(item(Phase.PROSPECT).contactId(999).build());
        items.add(item(Phase.LOST).lostDate(LocalDate.of(2024, 4, 2)).build());
        items.add(item(Phase.ORDER).build());

        assertThatThrownBy(() -> importer.importItems(items))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).contains(
                        new FieldViolation("items[1].contactId", "refers to no contact"),
                        new FieldViolation("items[2].lostReason", "is required when the phase is LOST"),
                        new FieldViolation("items[3].orderDate", "is required when the phase is ORDER")));
        assertThat(rowsInTable()).isZero();
        assertThat(rows("sales_history")).isZero();
    }

    @Test
    void aCallMustHoldOneToTenThousandItems() {
        assertThatThrownBy(() -> importer.importItems(List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("items", "must hold 1 to 10000 items")));
    }

    @Test
    void onlyASalesManagerImports() {
        assertThatThrownBy(() -> as("pieter", () -> importer.importItems(List.of(item(Phase.PROSPECT).build()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rowsInTable()).isZero();
    }

    @Test
    void importsTwoThousandItemsAcrossStatementChunksInOrder() {
        List<SalesItem> items = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            items.add(item(Phase.PROSPECT).title("Item " + i).tags(i % 3 == 0 ? Set.of("t" + i) : Set.of()).build());
        }
        List<Long> ids = importer.importItems(items);

        assertThat(rowsInTable()).isEqualTo(2500);
        assertThat(rows("sales_item_tag")).isEqualTo(834);
        assertThat(service.get(ids.get(2499)).orElseThrow().title()).isEqualTo("Item 2499");
        assertThat(service.get(ids.get(1500)).orElseThrow().tags()).containsExactly("t1500");
    }

    private static SalesItem.Builder item(Phase phase) {
        return SalesItem.builder().title("Imported").contactId(HostStandIns.ANNA).salespersonId("pieter")
                .phase(phase).prospectDate(LocalDate.of(2024, 1, 10)).probability(50).currency("EUR")
                .source("Website").active(true);
    }
}
