package org.opensales.sales.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;

class DemoPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 1);
    private static final List<String> SALESPEOPLE = List.of("fatima", "pieter", "tom");
    private static final List<Long> CONTACTS = LongStream.rangeClosed(1, 12).boxed().toList();

    @Test
    void plansTheSameItemsEveryTime() {
        assertThat(plan(1)).isEqualTo(plan(1)).isNotEqualTo(plan(2));
    }

    @Test
    void spreadsItemsOverPhasesPeopleAndTheComingYear() {
        List<DemoItem> items = plan(1);

        assertThat(items).hasSize(200);
        assertThat(items).extracting(DemoItem::phase).contains(Phase.values());
        assertThat(items).extracting(DemoItem::salespersonId).containsOnly("fatima", "pieter", "tom");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.amount()).isBetween(new java.math.BigDecimal("500"), new java.math.BigDecimal("150000"));
            assertThat(item.expectedCloseDate()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusDays(365));
            assertThat(item.title()).isNotBlank().doesNotContain("%");
            assertThat(item.source()).isIn("Website", "Trade fair", "Referral", "Campaign spring", "Cold call",
                    "Partner");
        });
    }

    private static List<DemoItem> plan(long seed) {
        return new DemoPlanner(new Random(seed), TODAY).plan(200, SALESPEOPLE, CONTACTS);
    }
}
