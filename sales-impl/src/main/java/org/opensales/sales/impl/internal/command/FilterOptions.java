package org.opensales.sales.impl.internal.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

/** Turns the text of the commands' options into filters, sort orders and pages. */
final class FilterOptions {

    static final int MAX_LIMIT = 1000;

    private FilterOptions() {
    }

    static SalesFilter filter(String text, List<String> phases, List<String> salespeople, boolean inactive) {
        return SalesFilter.builder().text(text).phases(phases(phases)).salespersonIds(values(salespeople))
                .includeInactive(inactive).build();
    }

    /**
     * Reads phase names, given as repeated options, comma lists or both, ignoring case.
     *
     * @throws IllegalArgumentException naming an unknown phase and the known ones
     */
    static Set<Phase> phases(List<String> names) {
        Set<Phase> phases = new LinkedHashSet<>();
        for (String name : values(names)) {
            phases.add(constant(Phase.class, name, "phase"));
        }
        return phases;
    }

    /** The sort order: the chosen field, then the id so that pages are stable; by id when none is chosen. */
    static List<Sort> sort(String field, boolean descending) {
        if (field == null || field.isBlank()) {
            return List.of(new Sort(SortField.ID, !descending));
        }
        SortField chosen = constant(SortField.class, field.strip(), "sort field");
        List<Sort> order = new ArrayList<>();
        order.add(new Sort(chosen, !descending));
        if (chosen != SortField.ID) {
            order.add(Sort.asc(SortField.ID));
        }
        return order;
    }

    static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("--offset must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("--limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    static Set<String> values(List<String> options) {
        if (options == null) {
            return Set.of();
        }
        return options.stream().flatMap(o -> Arrays.stream(o.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("Unknown " + what + " '" + name + "'; use one of " + known, e);
        }
    }
}
