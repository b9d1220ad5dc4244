package org.opensales.sales.impl.internal.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/** Sample items for the formatting tests. */
final class Items {

    private Items() {
    }

    static SalesItem solarPanels() {
        return SalesItem.builder().id(7).version(3).title("Solar panels roof").contactId(11).salespersonId("pieter")
                .phase(Phase.QUOTE).prospectDate(LocalDate.of(2026, 3, 1)).quoteDate(LocalDate.of(2026, 3, 9))
                .expectedCloseDate(LocalDate.of(2026, 6, 30)).probability(40).amount(new BigDecimal("12500"))
                .currency("EUR").source("Website").description("Twenty panels on the barn roof")
                .extraContactIds(List.of(12L)).tags(Set.of("solar", "green")).sharedWith(Set.of("fatima"))
                .createdBy("sanne").updatedBy("pieter").createdAt(Instant.parse("2026-03-01T09:00:00Z"))
                .updatedAt(Instant.parse("2026-03-09T14:30:05Z")).build();
    }

    static SalesItem lostHeatPump() {
        return SalesItem.builder().id(8).version(2).title("Heat pump").contactId(99).salespersonId("tom")
                .phase(Phase.LOST).lostDate(LocalDate.of(2026, 4, 2)).probability(0).amount(new BigDecimal("8000.5"))
                .currency("USD").lostReason("Price").lostNote("Went with a cheaper offer").active(false).build();
    }
}
