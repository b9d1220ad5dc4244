package org.opensales.sales.impl.internal.command;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.support.table.ShellTable;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalespersonTotals;

/** The tables sales:report prints: the General information figures, then the totals per salesperson. */
final class ReportTables {

    private ReportTables() {
    }

    static ShellTable general(GeneralReport report) {
        ShellTable table = figures("Phase");
        for (PhaseTotals phase : report.phases()) {
            row(table, phase.phase().name(), phase.count(), phase.amount(), phase.weightedAmount());
        }
        row(table, "Total", report.count(), report.amount(), report.weightedAmount());
        return table;
    }

    static ShellTable perSalesperson(List<SalespersonTotals> totals, Map<String, String> displayNames) {
        ShellTable table = figures("Salesperson").emptyTableText("No sales items match.");
        for (SalespersonTotals person : totals) {
            String name = displayNames.get(person.salespersonId());
            String label = name == null ? person.salespersonId() : name + " (" + person.salespersonId() + ")";
            row(table, label, person.count(), person.amount(), person.weightedAmount());
        }
        return table;
    }

    private static ShellTable figures(String firstColumn) {
        ShellTable table = new ShellTable();
        table.column(firstColumn);
        table.column("Count").alignRight();
        table.column("Amount").alignRight();
        table.column("Weighted").alignRight();
        return table;
    }

    private static void row(ShellTable table, String label, long count, java.math.BigDecimal amount,
                            java.math.BigDecimal weighted) {
        table.addRow().addContent(label, count, Formats.amount(amount), Formats.amount(weighted));
    }
}
