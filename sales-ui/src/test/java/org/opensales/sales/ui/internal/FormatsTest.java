package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalespersonTotals;

class FormatsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final Formats english = new Formats(Messages.of(Locale.US));
    private final Formats dutch = new Formats(Messages.of(DUTCH));

    @Test
    void formatsAmountsWithTwoDecimalsInTheLocale() {
        assertThat(english.amount(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(dutch.amount(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,50");
    }

    @Test
    void writesTheFooterOfABlock() {
        SalespersonTotals totals = new SalespersonTotals("pieter", 1234, new BigDecimal("250000.00"),
                new BigDecimal("98765.43"));

        assertThat(english.footer(totals)).isEqualTo("1,234 items \u00b7 total 250,000.00 \u00b7 weighted 98,765.43");
        assertThat(dutch.footer(totals)).isEqualTo("1.234 items \u00b7 totaal 250.000,00 \u00b7 gewogen 98.765,43");
    }

    @Test
    void writesTheFooterOfASingleItem() {
        SalespersonTotals totals = new SalespersonTotals("tom", 1, new BigDecimal("500.00"), new BigDecimal("50.00"));

        assertThat(english.footer(totals)).isEqualTo("1 item \u00b7 total 500.00 \u00b7 weighted 50.00");
    }

    @Test
    void formatsDatesAndLeavesNoDateEmpty() {
        assertThat(english.date(LocalDate.of(2025, 3, 7))).isEqualTo("Mar 7, 2025");
        assertThat(english.date(null)).isEmpty();
    }

    @Test
    void speaksDutchOnlyForDutchLocales() {
        assertThat(Messages.of(DUTCH).get(Text.REPORT_GENERAL)).isEqualTo("Algemene informatie");
        assertThat(Messages.of(Locale.GERMANY).get(Text.REPORT_GENERAL)).isEqualTo("General information");
        assertThat(Messages.of(null).phase(Phase.QUOTE)).isEqualTo("Quote");
        assertThat(Messages.of(DUTCH).phase(Phase.QUOTE)).isEqualTo("Offerte");
    }
}
