package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.data.provider.QuerySortOrder;
import com.vaadin.shared.data.sort.SortDirection;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

class SortMappingTest {

    @Test
    void mapsGridSortPropertiesToApiFieldsInOrder() {
        List<Sort> sorts = SortMapping.toSorts(List.of(
                new QuerySortOrder("amount", SortDirection.DESCENDING),
                new QuerySortOrder("expectedCloseDate", SortDirection.ASCENDING),
                new QuerySortOrder("title", SortDirection.ASCENDING)));

        assertThat(sorts).containsExactly(Sort.desc(SortField.AMOUNT), Sort.asc(SortField.EXPECTED_CLOSE_DATE),
                Sort.asc(SortField.TITLE));
    }

    @Test
    void coversEverySortableColumn() {
        assertThat(SortMapping.toSorts(List.of(
                new QuerySortOrder("phase", SortDirection.ASCENDING),
                new QuerySortOrder("probability", SortDirection.ASCENDING),
                new QuerySortOrder("source", SortDirection.ASCENDING))))
                .extracting(Sort::field)
                .containsExactly(SortField.PHASE, SortField.PROBABILITY, SortField.SOURCE);
    }

    @Test
    void dropsUnknownPropertiesAndRepeats() {
        List<Sort> sorts = SortMapping.toSorts(List.of(
                new QuerySortOrder("contact", SortDirection.ASCENDING),
                new QuerySortOrder("amount; drop table", SortDirection.ASCENDING),
                new QuerySortOrder("amount", SortDirection.ASCENDING),
                new QuerySortOrder("amount", SortDirection.DESCENDING)));

        assertThat(sorts).containsExactly(Sort.asc(SortField.AMOUNT));
    }
}
