package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void coversTheMonthQuarterOrYearOfTheCurrentMonth() {
        YearMonth may = YearMonth.of(2027, 5);

        assertThat(ReportPeriod.MONTH.first(may)).isEqualTo(may);
        assertThat(ReportPeriod.MONTH.last(may)).isEqualTo(may);
        assertThat(ReportPeriod.QUARTER.first(may)).isEqualTo(YearMonth.of(2027, 4));
        assertThat(ReportPeriod.QUARTER.last(may)).isEqualTo(YearMonth.of(2027, 6));
        assertThat(ReportPeriod.QUARTER.first(YearMonth.of(2027, 3))).isEqualTo(YearMonth.of(2027, 1));
        assertThat(ReportPeriod.YEAR.first(may)).isEqualTo(YearMonth.of(2027, 1));
        assertThat(ReportPeriod.YEAR.last(may)).isEqualTo(YearMonth.of(2027, 12));
    }
}
