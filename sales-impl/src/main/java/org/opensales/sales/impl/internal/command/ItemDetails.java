package org.opensales.sales.impl.internal.command;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.support.table.ShellTable;
import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.SalesItem;

/** What sales:show prints: every field of one item, then its history. */
final class ItemDetails {

    private static final int VALUE_WIDTH = 80;

    private ItemDetails() {
    }

    static void print(SalesItem item, Map<Long, String> contactNames, List<HistoryEntry> history, ZoneId zone,
                      PrintStream out) {
        fields(item, contactNames, zone).print(out);
        out.println();
        out.println("History");
        history(history, zone).print(out);
    }

    static ShellTable fields(SalesItem item, Map<Long, String> contactNames, ZoneId zone) {
        ShellTable table = new ShellTable().noHeaders();
        table.column("Field");
        table.column("Value").maxSize(VALUE_WIDTH).wrap();
        row(table, "Id", item.id() + " (version " + item.version() + ")");
        row(table, "Title", item.title());
        row(table, "Description", item.description());
        row(table, "Contact", Formats.contact(item.contactId(), contactNames));
        row(table, "Extra contacts", Formats.list(item.extraContactIds().stream()
                .map(id -> Formats.contact(id, contactNames)).toList()));
        row(table, "Salesperson", item.salespersonId());
        row(table, "Phase", item.phase().name());
        row(table, "Probability", item.probability() + "%" + (item.probabilityOverridden() ? " (set by hand)" : ""));
        row(table, "Amount", Formats.money(item.amount(), item.currency()));
        row(table, "Weighted", Formats.money(item.weightedAmount(), item.currency()));
        row(table, "Expected close", Formats.date(item.expectedCloseDate()));
        row(table, "Source", item.source());
        row(table, "Tags", Formats.list(item.tags()));
        row(table, "Shared with", Formats.list(item.sharedWith()));
        row(table, "Active", item.active() ? "yes" : "no");
        row(table, "Prospect date", Formats.date(item.prospectDate()));
        row(table, "Quote date", Formats.date(item.quoteDate()));
        row(table, "Order date", Formats.date(item.orderDate()));
        row(table, "Invoice date", Formats.date(item.invoiceDate()));
        row(table, "Lost date", Formats.date(item.lostDate()));
        row(table, "Lost reason", item.lostReason());
        row(table, "Lost note", item.lostNote());
        row(table, "Created", by(Formats.time(item.createdAt(), zone), item.createdBy()));
        row(table, "Updated", by(Formats.time(item.updatedAt(), zone), item.updatedBy()));
        return table;
    }

    static ShellTable history(List<HistoryEntry> entries, ZoneId zone) {
        ShellTable table = new ShellTable().emptyTableText("No history.");
        table.column("When");
        table.column("User");
        table.column("Field");
        table.column("Old").maxSize(VALUE_WIDTH / 2);
        table.column("New").maxSize(VALUE_WIDTH / 2);
        for (HistoryEntry entry : entries) {
            table.addRow().addContent(Formats.time(entry.at(), zone), entry.userId(), entry.field(),
                    nullToEmpty(entry.oldValue()), nullToEmpty(entry.newValue()));
        }
        return table;
    }

    private static void row(ShellTable table, String field, String value) {
        table.addRow().addContent(field, value);
    }

    private static String by(String time, String user) {
        return user.isEmpty() ? time : time + " by " + user;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
