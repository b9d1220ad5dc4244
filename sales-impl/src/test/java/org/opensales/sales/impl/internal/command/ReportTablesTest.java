package org.opensales.sales.impl.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalespersonTotals;

class ReportTablesTest {

    @Test
    void generalInformationHasARowPerPhaseAndATotal() {
        GeneralReport report = new GeneralReport(List.of(
                new PhaseTotals(Phase.PROSPECT, 2, new BigDecimal("3000"), new BigDecimal("300")),
                new PhaseTotals(Phase.QUOTE, 1, new BigDecimal("12500"), new BigDecimal("5000")),
                new PhaseTotals(Phase.LOST, 0, BigDecimal.ZERO, BigDecimal.ZERO)),
                3, new BigDecimal("15500"), new BigDecimal("5300"),
                new Outcome(3, new BigDecimal("15500")), new BigDecimal("5300"), new Outcome(0, BigDecimal.ZERO),
                new Outcome(0, BigDecimal.ZERO), null, null, null);

        String out = Printed.of(ReportTables.general(report));

        assertThat(out).containsPattern("Phase +\\S* *Count +\\S* *Amount +\\S* *Weighted")
                .containsPattern("PROSPECT +\\S* *2 +\\S* *3000.00 +\\S* *300.00")
                .containsPattern("QUOTE +\\S* *1 +\\S* *12500.00 +\\S* *5000.00")
                .containsPattern("LOST +\\S* *0 +\\S* *0.00 +\\S* *0.00")
                .containsPattern("Total +\\S* *3 +\\S* *15500.00 +\\S* *5300.00");
    }

    @Test
    void theOutcomesShowPipelineWonLostAndRates() {
        GeneralReport report = new GeneralReport(List.of(), 6, new BigDecimal("21000"), new BigDecimal("9000"),
                new Outcome(3, new BigDecimal("15500")), new BigDecimal("5300"), new Outcome(2, new BigDecimal("4000")),
                new Outcome(1, new BigDecimal("1500")), new BigDecimal("66.7"), new BigDecimal("2000.00"),
                new BigDecimal("23.5"));

        String out = Printed.of(ReportTables.outcomes(report));

        assertThat(out).containsPattern("Open pipeline +\\S* *3 items, 15500.00")
                .containsPattern("Weighted pipeline +\\S* *5300.00")
                .containsPattern("Won +\\S* *2 items, 4000.00")
                .containsPattern("Lost +\\S* *1 items, 1500.00")
                .containsPattern("Win rate +\\S* *66.7 %")
                .containsPattern("Average order value +\\S* *2000.00")
                .containsPattern("Average cycle time +\\S* *23.5 days");
    }

    @Test
    void perSalespersonNamesEachSalesperson() {
        String out = Printed.of(ReportTables.perSalesperson(List.of(
                new SalespersonTotals("pieter", 2, new BigDecimal("4000"), new BigDecimal("1000")),
                new SalespersonTotals("gone", 1, new BigDecimal("10"), new BigDecimal("1"))),
                Map.of("pieter", "Pieter de Vries")));

        assertThat(out).containsPattern("Pieter de Vries \\(pieter\\) +\\S* *2 +\\S* *4000.00 +\\S* *1000.00")
                .containsPattern("gone +\\S* *1 +\\S* *10.00 +\\S* *1.00");
    }

    @Test
    void perSalespersonSaysSoWhenNothingMatches() {
        assertThat(Printed.of(ReportTables.perSalesperson(List.of(), Map.of()))).contains("No sales items match.");
    }
}
