package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

class ItemCriteriaTest {

    @Test
    void escapesTheLikeWildcardsAndTheEscapeCharacter() {
        assertThat(ItemCriteria.containsPattern("50%")).isEqualTo("%50!%%");
        assertThat(ItemCriteria.containsPattern("a_b")).isEqualTo("%a!_b%");
        assertThat(ItemCriteria.containsPattern("wow!")).isEqualTo("%wow!!%");
        assertThat(ItemCriteria.containsPattern("it's \\ fine")).isEqualTo("%it's \\ fine%");
    }

    @Test
    void splitsTheTextIntoWordsAndSortsTheSets() {
        ItemCriteria criteria = ItemCriteria.of(SalesFilter.builder().text("  big   deal ")
                .phases(Set.of(Phase.LOST, Phase.PROSPECT)).salespersonIds(Set.of("tom", "fatima"))
                .includeInactive(true).build(), "tom");

        assertThat(criteria.getTitlePatterns()).containsExactly("%big%", "%deal%");
        assertThat(criteria.getPhases()).containsExactly(Phase.PROSPECT, Phase.LOST);
        assertThat(criteria.getSalespersonIds()).containsExactly("fatima", "tom");
        assertThat(criteria.isIncludeInactive()).isTrue();
        assertThat(criteria.getReaderId()).isEqualTo("tom");
    }

    @Test
    void anAbsentFilterMatchesEverything() {
        ItemCriteria criteria = ItemCriteria.of(null, null);

        assertThat(criteria.getTitlePatterns()).isEmpty();
        assertThat(criteria.getPhases()).isEmpty();
        assertThat(criteria.getSalespersonIds()).isEmpty();
        assertThat(criteria.isIncludeInactive()).isFalse();
        assertThat(criteria.getReaderId()).isNull();
    }
}
