package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The report figures derived from sums the database computed: rates, averages and money scale.
 * Dividing exact sums here, half up, avoids rounding twice as SQL's limited division precision would.
 */
final class Figures {

    static final BigDecimal ZERO_AMOUNT = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /** @return the amount with two decimals; zero for null (a sum over no rows) */
    static BigDecimal amount(BigDecimal sum) {
        return sum == null ? ZERO_AMOUNT : sum.setScale(2, RoundingMode.HALF_UP);
    }

    /** @return part / whole x 100 with one decimal; null when whole is zero */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** @return won / (won + lost) x 100 with one decimal; null when nothing is closed */
    static BigDecimal winRate(long won, long lost) {
        return percent(won, won + lost);
    }

    /** @return sum / count with the scale; null when count is zero */
    static BigDecimal average(BigDecimal sum, long count, int scale) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
    }

    /** @return (won - cost) / cost x 100 with one decimal; null when the cost is zero */
    static BigDecimal roi(BigDecimal won, BigDecimal cost) {
        return cost.signum() == 0 ? null
                : won.subtract(cost).multiply(HUNDRED).divide(cost, 1, RoundingMode.HALF_UP);
    }
}
