package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;

class FilterParametersTest {

    @Test
    void formatsEveryPartInAFixedOrder() {
        FilterValues values = new FilterValues("web shop", Phase.QUOTE, "pieter");

        assertThat(FilterParameters.format(values)).isEqualTo("text=web+shop&phase=QUOTE&salesperson=pieter");
    }

    @Test
    void leavesOutEmptyParts() {
        assertThat(FilterParameters.format(FilterValues.NONE)).isEmpty();
        assertThat(FilterParameters.format(new FilterValues("", Phase.LOST, null))).isEqualTo("phase=LOST");
    }

    @Test
    void readsBackWhatItWrote() {
        FilterValues values = new FilterValues("R&D 50% = ok?", Phase.INVOICE, "fatima");

        assertThat(FilterParameters.parse(FilterParameters.format(values))).isEqualTo(values);
    }

    @Test
    void readsABookmarkInAnyOrder() {
        assertThat(FilterParameters.parse("salesperson=pieter&phase=quote&text=ERP"))
                .isEqualTo(new FilterValues("ERP", Phase.QUOTE, "pieter"));
    }

    @Test
    void ignoresUnknownKeysAndPhasesAndBrokenParts() {
        assertThat(FilterParameters.parse("colour=red&phase=WON&&=x&text"))
                .isEqualTo(FilterValues.NONE);
    }

    @Test
    void takesAStrayPercentSignLiterally() {
        assertThat(FilterParameters.parse("text=50%").text()).isEqualTo("50%");
    }

    @Test
    void treatsNoParametersAsNoFilter() {
        assertThat(FilterParameters.parse("")).isEqualTo(FilterValues.NONE);
        assertThat(FilterParameters.parse(null)).isEqualTo(FilterValues.NONE);
    }
}
