package org.opensales.sales.impl.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.HistoryField;

class ItemDetailsTest {

    private static final Map<Long, String> CONTACTS = Map.of(11L, "Eva Smit", 12L, "Bram Smit");

    @Test
    void showsEveryField() {
        String out = Printed.of(ItemDetails.fields(Items.solarPanels(), CONTACTS, ZoneOffset.UTC));

        assertThat(out).containsPattern("Id +\\| 7 \\(version 3\\)")
                .containsPattern("Title +\\| Solar panels roof")
                .containsPattern("Description +\\| Twenty panels on the barn roof")
                .containsPattern("Contact +\\| Eva Smit \\(#11\\)")
                .containsPattern("Extra contacts +\\| Bram Smit \\(#12\\)")
                .containsPattern("Salesperson +\\| pieter")
                .containsPattern("Phase +\\| QUOTE")
                .containsPattern("Probability +\\| 40%\\R")
                .containsPattern("Amount +\\| 12500.00 EUR")
                .containsPattern("Weighted +\\| 5000.00 EUR")
                .containsPattern("Expected close +\\| 2026-06-30")
                .containsPattern("Source +\\| Website")
                .containsPattern("Tags +\\| green, solar")
                .containsPattern("Shared with +\\| fatima")
                .containsPattern("Active +\\| yes")
                .containsPattern("Prospect date +\\| 2026-03-01")
                .containsPattern("Quote date +\\| 2026-03-09")
                .containsPattern("Created +\\| 2026-03-01 09:00:00 by sanne")
                .containsPattern("Updated +\\| 2026-03-09 14:30:05 by pieter");
    }

    @Test
    void showsWhyALostItemWasLost() {
        String out = Printed.of(ItemDetails.fields(Items.lostHeatPump(), Map.of(), ZoneOffset.UTC));

        assertThat(out).containsPattern("Contact +\\| #99")
                .containsPattern("Phase +\\| LOST")
                .containsPattern("Lost date +\\| 2026-04-02")
                .containsPattern("Lost reason +\\| Price")
                .containsPattern("Lost note +\\| Went with a cheaper offer")
                .containsPattern("Active +\\| no");
    }

    @Test
    void printsTheFieldsThenTheHistory() {
        List<HistoryEntry> history = List.of(
                new HistoryEntry(7, Instant.parse("2026-03-01T09:00:00Z"), "sanne", HistoryField.PHASE, null, "PROSPECT"),
                new HistoryEntry(7, Instant.parse("2026-03-09T14:30:05Z"), "pieter", HistoryField.PHASE, "PROSPECT", "QUOTE"));

        String out = Printed.of(o -> ItemDetails.print(Items.solarPanels(), CONTACTS, history, ZoneOffset.UTC, o));

        assertThat(out.indexOf("History")).isGreaterThan(out.indexOf("Updated"));
        assertThat(out).containsPattern("When +\\S* *User +\\S* *Field +\\S* *Old +\\S* *New")
                .containsPattern("2026-03-01 09:00:00 +\\S* *sanne +\\S* *PHASE +\\S* +\\S* *PROSPECT")
                .containsPattern("2026-03-09 14:30:05 +\\S* *pieter +\\S* *PHASE +\\S* *PROSPECT +\\S* *QUOTE");
    }

    @Test
    void saysSoWhenThereIsNoHistory() {
        assertThat(Printed.of(ItemDetails.history(List.of(), ZoneOffset.UTC))).contains("No history.");
    }
}
