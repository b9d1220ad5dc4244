package org.opensales.sales.impl.internal;

/** One row of a child table of {@code sales_item}: the item and one value (a contact, tag or user). */
final class ChildRow {

    long itemId;
    String value;
}
