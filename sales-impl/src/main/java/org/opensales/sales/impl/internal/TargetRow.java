package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.opensales.sales.api.SalesTarget;

/** A row of {@code sales_target}: the month is stored as its first day. */
final class TargetRow {

    String salespersonId;
    LocalDate month;
    int orders;
    BigDecimal revenue;

    static TargetRow of(SalesTarget target) {
        TargetRow row = new TargetRow();
        row.salespersonId = target.salespersonId();
        row.month = target.month().atDay(1);
        row.orders = target.orders();
        row.revenue = target.revenue();
        return row;
    }

    SalesTarget toTarget() {
        return new SalesTarget(salespersonId, YearMonth.from(month), orders, revenue);
    }
}
