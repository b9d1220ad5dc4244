package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void ratesHaveOneDecimalRoundedHalfUp() {
        assertThat(Figures.winRate(2, 1)).isEqualTo(new BigDecimal("66.7"));
        assertThat(Figures.percent(1, 16)).isEqualTo(new BigDecimal("6.3")); // 6.25
        assertThat(Figures.percent(0, 3)).isEqualTo(new BigDecimal("0.0"));
        assertThat(Figures.winRate(0, 0)).isNull();
    }

    @Test
    void averagesOfSums() {
        assertThat(Figures.average(new BigDecimal("0.05"), 2, 2)).isEqualTo(new BigDecimal("0.03")); // 0.025
        assertThat(Figures.average(BigDecimal.valueOf(13), 2, 1)).isEqualTo(new BigDecimal("6.5"));
        assertThat(Figures.average(BigDecimal.TEN, 0, 2)).isNull();
    }

    @Test
    void returnOnCost() {
        assertThat(Figures.roi(new BigDecimal("2500.00"), new BigDecimal("1000.00"))).isEqualTo(new BigDecimal("150.0"));
        assertThat(Figures.roi(new BigDecimal("2500.00"), new BigDecimal("3000.00"))).isEqualTo(new BigDecimal("-16.7"));
        assertThat(Figures.roi(new BigDecimal("0.00"), new BigDecimal("10.00"))).isEqualTo(new BigDecimal("-100.0"));
        assertThat(Figures.roi(new BigDecimal("100.00"), new BigDecimal("0.00"))).isNull();
    }

    @Test
    void amountsHaveTwoDecimals() {
        assertThat(Figures.amount(null)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Figures.amount(new BigDecimal("5"))).isEqualTo(new BigDecimal("5.00"));
    }
}
