package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.HistoryField;
import org.opensales.sales.api.InvalidTransitionException;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

class HistoryTest extends SalesTestSupport {

    @Test
    void creationRecordsTheStartingValues() {
        Instant before = Instant.now().minusSeconds(5);
        SalesItem item = service.create(new NewItemDraft().amount("1500").probability(null)
                .expectedCloseDate(LocalDate.of(2025, 6, 1)).build());

        List<HistoryEntry> history = service.history(item.id());

        assertThat(history).extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(
                        tuple(HistoryField.PHASE, "", "PROSPECT"),
                        tuple(HistoryField.AMOUNT, "", "1500.00"),
                        tuple(HistoryField.PROBABILITY, "", "10"),
                        tuple(HistoryField.EXPECTED_CLOSE_DATE, "", "2025-06-01"),
                        tuple(HistoryField.SALESPERSON, "", "pieter"),
                        tuple(HistoryField.SOURCE, "", "Website"));
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.itemId()).isEqualTo(item.id());
            assertThat(entry.userId()).isEqualTo("sanne");
            assertThat(entry.at()).isBetween(before, Instant.now().plusSeconds(5));
        });
    }

    @Test
    void everyChangeOfATrackedFieldIsAppendedWithWhoAndOldAndNew() {
        SalesItem item = service.create(new NewItemDraft().amount("10").probability(null).build());
        int created = service.history(item.id()).size();

        SalesItem changed = as("pieter", () -> service.update(item.toBuilder().phase(Phase.QUOTE)
                .amount(new BigDecimal("2500.5")).expectedCloseDate(LocalDate.of(2025, 7, 1)).source("")
                .title("title is not tracked").build()));
        service.update(changed.toBuilder().salespersonId("fatima").source("Partner").build());

        List<HistoryEntry> history = service.history(item.id());
        assertThat(history.subList(created, history.size()))
                .extracting(HistoryEntry::userId, HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(
                        tuple("pieter", HistoryField.PHASE, "PROSPECT", "QUOTE"),
                        tuple("pieter", HistoryField.AMOUNT, "10.00", "2500.50"),
                        tuple("pieter", HistoryField.PROBABILITY, "10", "40"),
                        tuple("pieter", HistoryField.EXPECTED_CLOSE_DATE, "", "2025-07-01"),
                        tuple("pieter", HistoryField.SOURCE, "Website", ""),
                        tuple("sanne", HistoryField.SALESPERSON, "pieter", "fatima"),
                        tuple("sanne", HistoryField.SOURCE, "", "Partner"));
    }

    @Test
    void theLifecycleIsKeptWholeThroughLossAndReopening() {
        SalesItem item = service.create(new NewItemDraft().probability(30).build());
        SalesItem lost = service.markLost(item.id(), item.version(), "No budget", "");
        SalesItem reopened = service.reopen(lost.id(), lost.version());
        service.markWon(reopened.id(), reopened.version());

        assertThat(service.history(item.id())).filteredOn(e -> e.field() == HistoryField.PHASE)
                .extracting(HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple("", "PROSPECT"), tuple("PROSPECT", "LOST"), tuple("LOST", "PROSPECT"),
                        tuple("PROSPECT", "ORDER"));
    }

    @Test
    void aChangeWithoutTrackedFieldsAddsNothing() {
        SalesItem item = service.create(new NewItemDraft().build());
        long before = rows("sales_history");

        service.update(item.toBuilder().title("new title").tags(Set.of("x")).build());

        assertThat(rows("sales_history")).isEqualTo(before);
    }

    @Test
    void aRefusedChangeAddsNothing() {
        SalesItem item = service.create(new NewItemDraft().build());
        long before = rows("sales_history");

        assertThatThrownBy(() -> service.update(item.toBuilder().amount(new BigDecimal("5")).title("").build()))
                .isInstanceOf(ValidationException.class);
        SalesItem order = service.markWon(item.id(), item.version());
        long afterWon = rows("sales_history");
        assertThatThrownBy(() -> service.update(order.toBuilder().phase(Phase.QUOTE).amount(BigDecimal.ONE).build()))
                .isInstanceOf(InvalidTransitionException.class);

        assertThat(afterWon).isGreaterThan(before);
        assertThat(rows("sales_history")).isEqualTo(afterWon);
    }

    @Test
    void aDatabaseErrorRollsBackTheItemAndItsHistory() {
        SalesItem item = service.create(new NewItemDraft().build());
        long before = rows("sales_history");

        // the column's collation ignores accents, so the second tag breaks the key after the row was updated
        assertThatThrownBy(() -> service.update(item.toBuilder().amount(new BigDecimal("99"))
                .tags(Set.of("Cafe", "Café")).build())).isNotInstanceOf(ValidationException.class);

        assertThat(service.get(item.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(item);
        assertThat(rows("sales_history")).isEqualTo(before);
        assertThat(events.topics()).containsExactly("org/opensales/sales/item/CREATED");
    }

    @Test
    void historyIsReadOnlyByWhoMayReadTheItem() {
        SalesItem item = service.create(new NewItemDraft().salespersonId("pieter").sharedWith(Set.of("tom")).build());

        assertThat(as("pieter", () -> service.history(item.id()))).isNotEmpty();
        assertThat(as("tom", () -> service.history(item.id()))).isNotEmpty();
        assertThat(as("vera", () -> service.history(item.id()))).isNotEmpty();
        assertThatThrownBy(() -> as("fatima", () -> service.history(item.id())))
                .isInstanceOf(NotFoundException.class).hasMessage("Sales item " + item.id() + " does not exist");
        assertThatThrownBy(() -> service.history(item.id() + 100)).isInstanceOf(NotFoundException.class);
    }
}
