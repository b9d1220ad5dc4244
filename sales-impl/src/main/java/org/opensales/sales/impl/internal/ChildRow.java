package org.opensales.sales.impl.internal;

/**
 * One row of a child table of {@code sales_item}: which table (C extra contacts, T tags, S shares),
 * the item and one value (a contact, tag or user).
 */
final class ChildRow {

    String kind;
    long itemId;
    String value;
}
