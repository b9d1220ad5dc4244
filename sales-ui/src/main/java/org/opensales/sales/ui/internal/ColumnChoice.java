package org.opensales.sales.ui.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns a user chose, as stored in their preferences: column ids separated by commas, such as
 * {@code title,contact,amount}. Unknown ids are ignored; a choice without any known column, or without
 * any column at all, falls back to the defaults.
 */
final class ColumnChoice {

    private ColumnChoice() {
    }

    static Set<ItemColumn> parse(String stored) {
        Set<ItemColumn> chosen = EnumSet.noneOf(ItemColumn.class);
        for (String id : stored == null ? new String[0] : stored.split(",")) {
            ItemColumn.byId(id.strip()).ifPresent(chosen::add);
        }
        return normalize(chosen);
    }

    static String format(Set<ItemColumn> columns) {
        return normalize(columns).stream().map(ItemColumn::id).collect(Collectors.joining(","));
    }

    /** @return the columns in grid order, unmodifiable; the defaults for none */
    static Set<ItemColumn> normalize(Set<ItemColumn> columns) {
        return Collections.unmodifiableSet(columns == null || columns.isEmpty()
                ? EnumSet.copyOf(ItemColumn.DEFAULTS) : EnumSet.copyOf(columns));
    }
}
