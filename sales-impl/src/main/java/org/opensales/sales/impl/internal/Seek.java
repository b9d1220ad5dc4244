package org.opensales.sales.impl.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;
import org.opensales.sales.impl.internal.SeekCondition.Comparison;

/**
 * The seek condition of {@code findAfter}: the rows strictly after an item in a sort order, in the
 * expanded form MariaDB turns into index ranges, {@code (k1 > v1) OR (k1 = v1 AND k2 > v2) ... OR
 * (k1 = v1 AND ... AND id > vid)}, with {@code <} for descending keys. NULL sorts first ascending and
 * last descending, as in MariaDB. Phases sort in lifecycle order (the column is an ENUM), so "after a
 * phase" is the list of the phases that follow it.
 */
final class Seek {

    private Seek() {
    }

    /**
     * @param sort  the caller's sort keys, most significant first; the id ascending follows them
     * @param after the item to seek past
     * @return the alternatives, each a list of conditions that must all hold; never empty
     */
    static List<List<SeekCondition>> after(List<Sort> sort, SalesItem after) {
        List<Sort> keys = new ArrayList<>(sort);
        keys.add(Sort.asc(SortField.ID));
        List<List<SeekCondition>> terms = new ArrayList<>();
        List<SeekCondition> equal = new ArrayList<>();
        for (Sort key : keys) {
            Object value = valueOf(key.field(), after);
            SeekCondition later = later(key, value);
            if (later != null) {
                List<SeekCondition> term = new ArrayList<>(equal);
                term.add(later);
                terms.add(List.copyOf(term));
            }
            equal.add(condition(key.field(), value == null ? Comparison.IS_NULL : Comparison.EQUAL, value));
        }
        return List.copyOf(terms);
    }

    /* The condition for "later than value in this key's order", or null when nothing is later. */
    private static SeekCondition later(Sort key, Object value) {
        SortField field = key.field();
        if (value == null) {
            return key.ascending() ? condition(field, Comparison.NOT_NULL, null) : null;
        }
        if (field == SortField.PHASE) {
            List<String> phases = Arrays.stream(Phase.values())
                    .filter(p -> key.ascending() ? p.compareTo((Phase) value) > 0 : p.compareTo((Phase) value) < 0)
                    .map(Phase::name).toList();
            return phases.isEmpty() ? null
                    : new SeekCondition(field.name(), Comparison.PHASE_IN, null, phases);
        }
        if (key.ascending()) {
            return condition(field, Comparison.GREATER, value);
        }
        return condition(field, field == SortField.EXPECTED_CLOSE_DATE ? Comparison.LESS_OR_NULL : Comparison.LESS,
                value);
    }

    private static SeekCondition condition(SortField field, Comparison comparison, Object value) {
        return new SeekCondition(field.name(), comparison, value, List.of());
    }

    private static Object valueOf(SortField field, SalesItem item) {
        return switch (field) {
            case ID -> item.id();
            case TITLE -> item.title();
            case PHASE -> item.phase();
            case PROBABILITY -> item.probability();
            case AMOUNT -> item.amount();
            case EXPECTED_CLOSE_DATE -> item.expectedCloseDate();
            case SOURCE -> item.source();
            case UPDATED_AT -> item.updatedAt() == null ? null : LocalDateTime.ofInstant(item.updatedAt(), ZoneOffset.UTC);
        };
    }
}
