package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensales.sales.api.ConflictException;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

class SalesServiceImplTest extends SalesTestSupport {

    @Test
    void createdItemReadsBackWithEveryValue() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SalesItem created = service.create(new NewSalesItem("Ovens for the new branch", HostStandIns.BAKKERIJ,
                "pieter", Phase.QUOTE, LocalDate.of(2025, 6, 30), 55, new BigDecimal("12500.50"), "USD",
                "Trade fair", "Two deck ovens\nwith <b>steam</b>", List.of(HostStandIns.CAFE, HostStandIns.ANNA),
                Set.of("ovens", "branch"), Set.of("fatima")));

        SalesItem read = service.get(created.id()).orElseThrow();

        assertThat(read.id()).isPositive();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.title()).isEqualTo("Ovens for the new branch");
        assertThat(read.contactId()).isEqualTo(HostStandIns.BAKKERIJ);
        assertThat(read.salespersonId()).isEqualTo("pieter");
        assertThat(read.phase()).isEqualTo(Phase.QUOTE);
        assertThat(read.expectedCloseDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(read.probability()).isEqualTo(55);
        assertThat(read.amount()).isEqualByComparingTo("12500.50").hasScaleOf(2);
        assertThat(read.currency()).isEqualTo("USD");
        assertThat(read.source()).isEqualTo("Trade fair");
        assertThat(read.description()).isEqualTo("Two deck ovens\nwith <b>steam</b>");
        assertThat(read.extraContactIds()).containsExactly(HostStandIns.CAFE, HostStandIns.ANNA);
        assertThat(read.tags()).containsExactly("branch", "ovens");
        assertThat(read.sharedWith()).containsExactly("fatima");
        assertThat(read.probabilityOverridden()).isTrue();
        assertThat(read.active()).isTrue();
        assertThat(read.lostReason()).isEmpty();
        assertThat(read.lostNote()).isEmpty();
        assertThat(read.createdBy()).isEqualTo("sanne");
        assertThat(read.updatedBy()).isEqualTo("sanne");
        assertThat(read.createdAt()).isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5));
        assertThat(read.updatedAt()).isEqualTo(read.createdAt());
        assertThat(created).usingRecursiveComparison().isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource({"PROSPECT, 10", "QUOTE, 40", "ORDER, 100", "INVOICE, 100"})
    void absentProbabilityTakesThePhaseDefault(Phase phase, int expected) {
        SalesItem created = service.create(newItem("Default", "pieter", phase, null, "10"));

        assertThat(created.probability()).isEqualTo(expected);
        assertThat(created.probabilityOverridden()).isFalse();
    }

    @Test
    void absentValuesTakeTheirDefaults() {
        SalesItem created = service.create(new NewSalesItem("Defaults", HostStandIns.ANNA, "fatima", null,
                null, null, null, null, null));

        assertThat(created.phase()).isEqualTo(Phase.PROSPECT);
        assertThat(created.probability()).isEqualTo(10);
        assertThat(created.amount()).isEqualByComparingTo("0").hasScaleOf(2);
        assertThat(created.currency()).isEqualTo("EUR");
        assertThat(created.source()).isEmpty();
        assertThat(created.expectedCloseDate()).isNull();
    }

    @Test
    void createStampsOnlyTheStartingPhaseWithToday() {
        SalesItem created = service.create(newItem("Straight to order", "pieter", Phase.ORDER, null, "99"));

        assertThat(created.orderDate()).isEqualTo(TODAY);
        assertThat(created.prospectDate()).isNull();
        assertThat(created.quoteDate()).isNull();
        assertThat(created.invoiceDate()).isNull();
        assertThat(created.lostDate()).isNull();
    }

    @Test
    void updateSavesTheChangeAndBumpsTheVersion() {
        SalesItem created = service.create(newItem("Bread slicer", "pieter", Phase.PROSPECT, 20, "100"));

        SalesItem updated = service.update(created.toBuilder().title("Two bread slicers")
                .amount(new BigDecimal("200.00")).probability(30).salespersonId("fatima")
                .contactId(HostStandIns.BAKKERIJ).source("Website").currency("GBP").build());

        assertThat(updated.version()).isEqualTo(2);
        assertThat(service.get(created.id()).orElseThrow())
                .usingRecursiveComparison().isEqualTo(updated);
        assertThat(updated.title()).isEqualTo("Two bread slicers");
        assertThat(updated.amount()).isEqualByComparingTo("200");
        assertThat(updated.probability()).isEqualTo(30);
        assertThat(updated.salespersonId()).isEqualTo("fatima");
        assertThat(updated.contactId()).isEqualTo(HostStandIns.BAKKERIJ);
        assertThat(updated.source()).isEqualTo("Website");
        assertThat(updated.currency()).isEqualTo("GBP");
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
    }

    @Test
    void updateReplacesTheChildListsAndKeepsTheCreator() {
        SalesItem created = service.create(new NewItemDraft().extraContactIds(List.of(HostStandIns.BAKKERIJ))
                .tags(Set.of("a", "b")).sharedWith(Set.of("fatima")).build());

        SalesItem updated = as("pieter", () -> service.update(created.toBuilder()
                .extraContactIds(List.of(HostStandIns.CAFE, HostStandIns.BAKKERIJ)).tags(Set.of("b", "c"))
                .sharedWith(Set.of("tom")).description("more").active(false).createdBy("someone else").build()));

        assertThat(updated.extraContactIds()).containsExactly(HostStandIns.CAFE, HostStandIns.BAKKERIJ);
        assertThat(updated.tags()).containsExactly("b", "c");
        assertThat(updated.sharedWith()).containsExactly("tom");
        assertThat(updated.description()).isEqualTo("more");
        assertThat(updated.active()).isFalse();
        assertThat(updated.createdBy()).isEqualTo("sanne");
        assertThat(updated.updatedBy()).isEqualTo("pieter");
        assertThat(rows("sales_item_tag")).isEqualTo(2);
        assertThat(service.get(created.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(updated);
    }

    @Test
    void reachingANewPhaseStampsItsDateAndKeepsTheOthers() {
        SalesItem created = service.create(newItem("Mixer", "pieter", Phase.PROSPECT, null, "100"));
        LocalDate agreed = LocalDate.of(2025, 3, 20);

        SalesItem quoted = service.update(created.toBuilder().phase(Phase.QUOTE).build());
        SalesItem ordered = service.update(quoted.toBuilder().phase(Phase.ORDER).orderDate(agreed).build());

        assertThat(quoted.prospectDate()).isEqualTo(TODAY);
        assertThat(quoted.quoteDate()).isEqualTo(TODAY);
        assertThat(ordered.orderDate()).as("a date already set is kept").isEqualTo(agreed);
        assertThat(ordered.quoteDate()).isEqualTo(TODAY);
        assertThat(ordered.invoiceDate()).isNull();
        assertThat(ordered.version()).isEqualTo(3);
    }

    @Test
    void staleVersionIsAConflictAndOverwritesNothing() {
        SalesItem created = service.create(newItem("Oven", "pieter", Phase.PROSPECT, null, "1000"));
        SalesItem first = service.update(created.toBuilder().amount(new BigDecimal("1500")).build());

        assertThatThrownBy(() -> service.update(created.toBuilder().amount(new BigDecimal("1")).build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.itemId()).isEqualTo(created.id()));

        SalesItem stored = service.get(created.id()).orElseThrow();
        assertThat(stored.amount()).isEqualByComparingTo("1500");
        assertThat(stored.version()).isEqualTo(first.version());
    }

    @Test
    void updateOfAMissingItemIsNotFound() {
        SalesItem created = service.create(newItem("Oven", "pieter", Phase.PROSPECT, null, "1000"));
        SalesItem ghost = created.toBuilder().id(created.id() + 1000).build();

        assertThatThrownBy(() -> service.update(ghost))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(String.valueOf(ghost.id()));
        assertThat(service.get(ghost.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert('x')</script> & <b>bold</b>",
        "Café crème für Ωmega — 東京の顧客 🍞🥐",
        "'; DROP TABLE sales_item; --",
        "  leading and trailing spaces  "})
    void textIsStoredExactlyAsGiven(String text) {
        SalesItem created = service.create(new NewItemDraft().title(text).description(text).tags(Set.of(text.strip()))
                .build());
        SalesItem lost = service.markLost(created.id(), created.version(), "No budget", text);

        SalesItem read = service.get(created.id()).orElseThrow();
        assertThat(read.title()).isEqualTo(text);
        assertThat(read.description()).isEqualTo(text);
        assertThat(read.tags()).containsExactly(text.strip());
        assertThat(read.lostNote()).isEqualTo(text).isEqualTo(lost.lostNote());
        assertThat(rowsInTable()).isEqualTo(1);
    }

    @Test
    void titleOf200CharactersIncludingEmojiFits() {
        String title = "🍞".repeat(200);

        SalesItem created = service.create(newItem(title, "pieter", Phase.PROSPECT, null, "1"));

        assertThat(service.get(created.id()).orElseThrow().title()).isEqualTo(title);
    }

    @Test
    void largestAmountIsStored() {
        SalesItem created = service.create(newItem("Big", "pieter", Phase.PROSPECT, null, "99999999999999.99"));

        assertThat(service.get(created.id()).orElseThrow().amount()).isEqualByComparingTo("99999999999999.99");
    }

    @Test
    void getOfAnUnknownIdIsEmpty() {
        assertThat(service.get(424242)).isEmpty();
    }
}
