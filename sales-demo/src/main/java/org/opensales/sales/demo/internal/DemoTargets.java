package org.opensales.sales.demo.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.opensales.sales.api.SalesTarget;

/**
 * Plans the demo targets: for each salesperson, the previous two months, the current one and the
 * next three, with 4 to 8 orders and a revenue of 60,000 to 150,000 in steps of 5,000.
 */
final class DemoTargets {

    static final int MONTHS_BACK = 2;
    static final int MONTHS_AHEAD = 3;

    private final Random random;
    private final YearMonth current;

    /**
     * @param random  the source of the figures; a fixed seed gives the same plan every time
     * @param current the current month
     */
    DemoTargets(Random random, YearMonth current) {
        this.random = random;
        this.current = current;
    }

    List<SalesTarget> plan(List<String> salespeople) {
        List<SalesTarget> targets = new ArrayList<>();
        for (String salesperson : salespeople) {
            for (int offset = -MONTHS_BACK; offset <= MONTHS_AHEAD; offset++) {
                int orders = 4 + random.nextInt(5);
                BigDecimal revenue = BigDecimal.valueOf(60_000L + 5_000L * random.nextInt(19)).setScale(2);
                targets.add(new SalesTarget(salesperson, current.plusMonths(offset), orders, revenue));
            }
        }
        return targets;
    }
}
