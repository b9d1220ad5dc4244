package org.opensales.sales.ui.internal;

import org.opensales.sales.api.SalesItem;

/**
 * One row of a salesperson's grid: the item as last read or saved, and its contact's name. The
 * editor's binder works on this bean; each save replaces the item with the saved one, so the next
 * change carries the new version.
 */
final class SalesRow {

    private SalesItem item;
    private final String contactName;

    SalesRow(SalesItem item, String contactName) {
        this.item = item;
        this.contactName = contactName;
    }

    long id() {
        return item.id();
    }

    SalesItem item() {
        return item;
    }

    void item(SalesItem newItem) {
        if (newItem.id() != item.id()) {
            throw new IllegalArgumentException("Row " + item.id() + " cannot hold item " + newItem.id());
        }
        item = newItem;
    }

    String contactName() {
        return contactName;
    }
}
