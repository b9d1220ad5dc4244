package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

class ItemCriteriaTest {

    private final FilterCriteria filterCriteria = new FilterCriteria(HostStandIns.contacts(), userId -> List.of());

    @Test
    void escapesTheLikeWildcardsAndTheEscapeCharacter() {
        assertThat(TextWord.containsPattern("50%")).isEqualTo("%50!%%");
        assertThat(TextWord.containsPattern("a_b")).isEqualTo("%a!_b%");
        assertThat(TextWord.containsPattern("wow!")).isEqualTo("%wow!!%");
        assertThat(TextWord.containsPattern("it's \\ fine")).isEqualTo("%it's \\ fine%");
    }

    @Test
    void splitsTheTextIntoWordsWithTheContactsEachNamesAndSortsTheSets() {
        ItemCriteria criteria = filterCriteria.of(SalesFilter.builder().text("  ZON   deal ")
                .phases(Set.of(Phase.LOST, Phase.PROSPECT)).salespersonIds(Set.of("tom", "fatima"))
                .sources(Set.of("Website", "Partner")).tags(Set.of("solar", "roof"))
                .includeInactive(true).build(), "tom");

        assertThat(criteria.getWords()).extracting(TextWord::getPattern).containsExactly("%ZON%", "%deal%");
        assertThat(criteria.getWords()).extracting(TextWord::getContactIds)
                .as("Anna works at Bakkerij Zon; nobody is called deal")
                .containsExactly(List.of(HostStandIns.ANNA, HostStandIns.BAKKERIJ), List.of());
        assertThat(criteria.getWords()).extracting(TextWord::getMatch).containsExactly("+ZON*", "+deal*");
        assertThat(criteria.getWordsMatch()).as("the words that name no contact, in one search").isEqualTo("+deal*");
        assertThat(criteria.getPhases()).containsExactly(Phase.PROSPECT, Phase.LOST);
        assertThat(criteria.getSalespersonIds()).containsExactly("fatima", "tom");
        assertThat(criteria.getSources()).containsExactly("Partner", "Website");
        assertThat(criteria.getTags()).containsExactly("roof", "solar");
        assertThat(criteria.isIncludeInactive()).isTrue();
        assertThat(criteria.getReaderId()).isEqualTo("tom");
    }

    @Test
    void thePeriodEndsTheDayAfterItsLastDay() {
        ItemCriteria criteria = filterCriteria.of(SalesFilter.builder()
                .period(PeriodField.CLOSED, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28))
                .minAmount(new BigDecimal("10")).maxAmount(new BigDecimal("10")).build(), null);

        assertThat(criteria.getPeriodField()).isEqualTo("CLOSED");
        assertThat(criteria.getPeriodFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(criteria.getPeriodTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(criteria.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(criteria.getMinAmount()).isEqualByComparingTo("10");
        assertThat(criteria.getMaxAmount()).isEqualByComparingTo("10");
    }

    @Test
    void anAbsentFilterMatchesEverything() {
        ItemCriteria criteria = filterCriteria.of(null, null);

        assertThat(criteria.getWords()).isEmpty();
        assertThat(criteria.getWordsMatch()).isNull();
        assertThat(criteria.getPhases()).isEmpty();
        assertThat(criteria.getSalespersonIds()).isEmpty();
        assertThat(criteria.getSources()).isEmpty();
        assertThat(criteria.getTags()).isEmpty();
        assertThat(criteria.getPeriodFrom()).isNull();
        assertThat(criteria.getPeriodEnd()).isNull();
        assertThat(criteria.getMinAmount()).isNull();
        assertThat(criteria.isIncludeInactive()).isFalse();
        assertThat(criteria.getReaderId()).isNull();
    }
}
