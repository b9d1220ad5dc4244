package org.opensales.sales.impl.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

class FilterOptionsTest {

    @Test
    void phasesComeFromRepeatedOptionsAndCommaListsIgnoringCase() {
        assertThat(FilterOptions.phases(List.of("prospect,Quote", " order ", "quote")))
                .containsExactly(Phase.PROSPECT, Phase.QUOTE, Phase.ORDER);
        assertThat(FilterOptions.phases(null)).isEmpty();
    }

    @Test
    void anUnknownPhaseNamesTheKnownOnes() {
        assertThatThrownBy(() -> FilterOptions.phases(List.of("won")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown phase 'won'; use one of PROSPECT, QUOTE, ORDER, INVOICE, LOST");
    }

    @Test
    void theFilterCarriesEveryOption() {
        SalesFilter filter = FilterOptions.filter(" solar ", List.of("quote"), List.of("pieter,fatima"), true);

        assertThat(filter.text()).isEqualTo("solar");
        assertThat(filter.phases()).containsExactly(Phase.QUOTE);
        assertThat(filter.salespersonIds()).isEqualTo(Set.of("pieter", "fatima"));
        assertThat(filter.includeInactive()).isTrue();
        assertThat(FilterOptions.filter(null, null, null, false)).isEqualTo(SalesFilter.all());
    }

    @Test
    void sortsByTheChosenFieldThenById() {
        assertThat(FilterOptions.sort(null, false)).containsExactly(Sort.asc(SortField.ID));
        assertThat(FilterOptions.sort("", true)).containsExactly(Sort.desc(SortField.ID));
        assertThat(FilterOptions.sort("amount", true)).containsExactly(Sort.desc(SortField.AMOUNT), Sort.asc(SortField.ID));
        assertThat(FilterOptions.sort("expected-close-date", false))
                .containsExactly(Sort.asc(SortField.EXPECTED_CLOSE_DATE), Sort.asc(SortField.ID));
        assertThat(FilterOptions.sort("ID", true)).containsExactly(Sort.desc(SortField.ID));
    }

    @Test
    void anUnknownSortFieldNamesTheKnownOnes() {
        assertThatThrownBy(() -> FilterOptions.sort("contact", false))
                .hasMessageStartingWith("Unknown sort field 'contact'; use one of ID, TITLE, PHASE");
    }

    @Test
    void pagesStayWithinBounds() {
        FilterOptions.checkPage(0, 1);
        FilterOptions.checkPage(100, FilterOptions.MAX_LIMIT);
        assertThatThrownBy(() -> FilterOptions.checkPage(-1, 50)).hasMessage("--offset must be 0 or more, not -1");
        assertThatThrownBy(() -> FilterOptions.checkPage(0, 0)).hasMessage("--limit must be 1 to 1000, not 0");
        assertThatThrownBy(() -> FilterOptions.checkPage(0, 1001)).hasMessage("--limit must be 1 to 1000, not 1001");
    }
}
