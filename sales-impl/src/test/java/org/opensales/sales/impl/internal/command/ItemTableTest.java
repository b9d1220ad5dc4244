package org.opensales.sales.impl.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ItemTableTest {

    @Test
    void showsOneRowPerItemWithContactNameAmountAndCloseDate() {
        String out = Printed.of(ItemTable.of(List.of(Items.solarPanels(), Items.lostHeatPump()),
                Map.of(11L, "Eva Smit (Smit Installaties)")));

        assertThat(out.lines().findFirst().orElseThrow())
                .contains("Id", "Title", "Contact", "Salesperson", "Phase", "Prob.", "Amount", "Expected close");
        assertThat(out).containsPattern("7 \\S* *Solar panels roof +\\S* *Eva Smit \\(Smit Installaties\\) +\\S* *pieter"
                + " +\\S* *QUOTE +\\S* *40% +\\S* *12500.00 EUR +\\S* *2026-06-30");
        assertThat(out).as("an unknown contact shows its id").contains("#99").contains("8000.50 USD");
    }

    @Test
    void saysSoWhenNothingMatches() {
        assertThat(Printed.of(ItemTable.of(List.of(), Map.of()))).contains("No sales items match.");
    }

    @Test
    void theCountLineSaysHowManyOfHowMany() {
        assertThat(ItemTable.countLine(2, 17)).isEqualTo("2 of 17 items");
    }
}
