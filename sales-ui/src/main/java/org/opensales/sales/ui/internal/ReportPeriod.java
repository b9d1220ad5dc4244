package org.opensales.sales.ui.internal;

import java.time.YearMonth;

/** The periods the Salespeople tab offers for comparing actuals with targets. */
enum ReportPeriod {
    MONTH(Text.PERIOD_MONTH, 1),
    QUARTER(Text.PERIOD_QUARTER, 3),
    YEAR(Text.PERIOD_YEAR, 12);

    private final Text caption;
    private final int months;

    ReportPeriod(Text caption, int months) {
        this.caption = caption;
        this.months = months;
    }

    Text caption() {
        return caption;
    }

    /** @return the first month of the period that holds the given month */
    YearMonth first(YearMonth current) {
        int index = (current.getMonthValue() - 1) / months * months;
        return YearMonth.of(current.getYear(), index + 1);
    }

    /** @return the last month of the period that holds the given month */
    YearMonth last(YearMonth current) {
        return first(current).plusMonths(months - 1L);
    }
}
