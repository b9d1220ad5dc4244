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

    /** The pipeline and outcome figures under the phase table, as label and value. */
    static ShellTable outcomes(GeneralReport report) {
        ShellTable table = new ShellTable();
        table.column("Figure");
        table.column("Value").alignRight();
        table.addRow().addContent("Open pipeline", report.open().count() + " items, " + Formats.amount(report.open().amount()));
        table.addRow().addContent("Weighted pipeline", Formats.amount(report.weightedPipeline()));
        table.addRow().addContent("Won", report.won().count() + " items, " + Formats.amount(report.won().amount()));
        table.addRow().addContent("Lost", report.lost().count() + " items, " + Formats.amount(report.lost().amount()));
        table.addRow().addContent("Win rate", percent(report.winRatePercent()));
        table.addRow().addContent("Average order value", Formats.amount(report.averageOrderValue()));
        table.addRow().addContent("Average cycle time", report.averageCycleDays() == null ? ""
                : report.averageCycleDays().toPlainString() + " days");
        return table;
    }

    private static String percent(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString() + " %";
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
