package org.opensales.sales.impl.internal.command;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.support.table.ShellTable;
import org.opensales.sales.api.SalesItem;

/** The table sales:list prints: one row per item, and the count line under it. */
final class ItemTable {

    private static final int TITLE_WIDTH = 40;
    private static final int CONTACT_WIDTH = 30;

    private ItemTable() {
    }

    static ShellTable of(List<SalesItem> items, Map<Long, String> contactNames) {
        ShellTable table = new ShellTable().emptyTableText("No sales items match.");
        table.column("Id").alignRight();
        table.column("Title").maxSize(TITLE_WIDTH);
        table.column("Contact").maxSize(CONTACT_WIDTH);
        table.column("Salesperson");
        table.column("Phase");
        table.column("Prob.").alignRight();
        table.column("Amount").alignRight();
        table.column("Expected close");
        for (SalesItem item : items) {
            String contact = contactNames.getOrDefault(item.contactId(), "#" + item.contactId());
            table.addRow().addContent(item.id(), item.title(), contact, item.salespersonId(), item.phase(),
                    item.probability() + "%", Formats.money(item.amount(), item.currency()),
                    Formats.date(item.expectedCloseDate()));
        }
        return table;
    }

    static String countLine(int shown, long total) {
        return shown + " of " + total + " items";
    }
}
