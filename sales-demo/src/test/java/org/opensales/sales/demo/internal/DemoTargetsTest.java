package org.opensales.sales.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.SalesTarget;

class DemoTargetsTest {

    private static final YearMonth MAY = YearMonth.of(2025, 5);
    private static final List<String> SALESPEOPLE = List.of("fatima", "pieter", "tom");

    @Test
    void plansSixMonthsPerSalespersonAroundTheCurrentMonth() {
        List<SalesTarget> targets = plan(1);

        assertThat(targets).hasSize(18);
        assertThat(targets).filteredOn(t -> t.salespersonId().equals("tom")).extracting(SalesTarget::month)
                .containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 4), MAY, YearMonth.of(2025, 6),
                        YearMonth.of(2025, 7), YearMonth.of(2025, 8));
        assertThat(targets).allSatisfy(target -> {
            assertThat(target.orders()).isBetween(4, 8);
            assertThat(target.revenue()).isBetween(new BigDecimal("60000"), new BigDecimal("150000"));
            assertThat(target.revenue().scale()).isEqualTo(2);
        });
    }

    @Test
    void plansTheSameTargetsEveryTime() {
        assertThat(plan(1)).isEqualTo(plan(1)).isNotEqualTo(plan(2));
    }

    private static List<SalesTarget> plan(long seed) {
        return new DemoTargets(new Random(seed), MAY).plan(SALESPEOPLE);
    }
}
