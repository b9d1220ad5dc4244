package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/**
 * What some item writes add to one row of {@code sales_rollup} or {@code sales_rollup_month}: the
 * row's key (the month table leaves source and lost reason null, the item table the month) and the
 * sums to add, negative for what was taken away.
 */
final class RollupDelta {

    String salespersonId;
    boolean active;
    Phase phase;
    String source;
    String lostReason;
    String month;
    long itemCount;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal amountXProbability = BigDecimal.ZERO;
    long prospects;
    long quotes;
    long orders;
    long invoices;
    long cycleDays;
    long cycleItems;

    RollupDelta(String salespersonId, boolean active, Phase phase, String source, String lostReason, String month) {
        this.salespersonId = salespersonId;
        this.active = active;
        this.phase = phase;
        this.source = source;
        this.lostReason = lostReason;
        this.month = month;
    }

    /** Adds the item's figures once, with sign 1, or takes them away, with sign -1. */
    void add(SalesItem item, int sign) {
        itemCount += sign;
        amount = amount.add(item.amount().multiply(BigDecimal.valueOf(sign)));
        amountXProbability = amountXProbability.add(
                item.amount().multiply(BigDecimal.valueOf((long) sign * item.probability())));
        prospects += counted(item.prospectDate(), sign);
        quotes += counted(item.quoteDate(), sign);
        orders += counted(item.orderDate(), sign);
        invoices += counted(item.invoiceDate(), sign);
        if (item.phase().isWon() && item.orderDate() != null && item.prospectDate() != null) {
            cycleDays += sign * ChronoUnit.DAYS.between(item.prospectDate(), item.orderDate());
            cycleItems += sign;
        }
    }

    /** @return true when applying this would change nothing */
    boolean isZero() {
        return itemCount == 0 && amount.signum() == 0 && amountXProbability.signum() == 0 && prospects == 0
                && quotes == 0 && orders == 0 && invoices == 0 && cycleDays == 0 && cycleItems == 0;
    }

    private static long counted(LocalDate date, int sign) {
        return date == null ? 0 : sign;
    }
}
