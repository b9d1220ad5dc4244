package org.opensales.sales.ui.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

/**
 * Maps the Grid's sort properties to the API's sort fields. Only the properties listed here are
 * sortable; anything else the client sends is ignored.
 */
final class SortMapping {

    static final String TITLE = "title";
    static final String PHASE = "phase";
    static final String PROBABILITY = "probability";
    static final String AMOUNT = "amount";
    static final String EXPECTED_CLOSE_DATE = "expectedCloseDate";
    static final String SOURCE = "source";
    static final String UPDATED_AT = "updatedAt";
    static final String ID = "id";

    private static final Map<String, SortField> FIELDS = Map.of(
            TITLE, SortField.TITLE,
            PHASE, SortField.PHASE,
            PROBABILITY, SortField.PROBABILITY,
            AMOUNT, SortField.AMOUNT,
            EXPECTED_CLOSE_DATE, SortField.EXPECTED_CLOSE_DATE,
            SOURCE, SortField.SOURCE,
            UPDATED_AT, SortField.UPDATED_AT,
            ID, SortField.ID);

    private SortMapping() {
    }

    static List<Sort> toSorts(List<QuerySortOrder> orders) {
        List<Sort> sorts = new ArrayList<>();
        Set<SortField> seen = EnumSet.noneOf(SortField.class);
        for (QuerySortOrder order : orders) {
            SortField field = FIELDS.get(order.getSorted());
            if (field != null && seen.add(field)) {
                sorts.add(new Sort(field, order.getDirection() != SortDirection.DESCENDING));
            }
        }
        return sorts;
    }
}
