package org.opensales.sales.impl.internal;

import java.util.List;

/**
 * One comparison of a sort column with the value an item has there, as the mapper's seek clause
 * binds it: the column by its {@code SortField} name (the mapper maps names to columns through a
 * whitelist), the comparison, and the value.
 */
public final class SeekCondition {

    /** The comparisons; "after" means later in the sort order, where NULL comes first ascending. */
    enum Comparison { IS_NULL, EQUAL, NOT_NULL, GREATER, LESS, LESS_OR_NULL, PHASE_IN }

    private final String field;
    private final Comparison comparison;
    private final Object value;
    private final List<String> phases;

    SeekCondition(String field, Comparison comparison, Object value, List<String> phases) {
        this.field = field;
        this.comparison = comparison;
        this.value = value instanceof Enum<?> constant ? constant.name() : value;
        this.phases = List.copyOf(phases);
    }

    /** @return the name of the {@code SortField} whose column is compared */
    public String getField() {
        return field;
    }

    /** @return the comparison's name */
    public String getComparison() {
        return comparison.name();
    }

    /** @return the value compared with; null for IS_NULL, NOT_NULL and PHASE_IN */
    public Object getValue() {
        return value;
    }

    /** @return for PHASE_IN, the phases that follow the item's phase in the sort order; never empty then */
    public List<String> getPhases() {
        return phases;
    }
}
