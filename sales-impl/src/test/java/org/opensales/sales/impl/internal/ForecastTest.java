package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.ForecastMonth;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.ValidationException;

/**
 * The weighted open pipeline per month of the expected close date, March to June 2025:
 * <pre>
 * item salesperson phase    expected close  amount  prob  weighted
 * o1   pieter      PROSPECT 2025-03-01     1000.00   10   100.00
 * o2   fatima      QUOTE    2025-03-31      333.33   30    99.999
 * o3   pieter      QUOTE    2025-05-15      500.00   50   250.00
 * o4   pieter      PROSPECT 2025-02-28      before the window
 * o5   pieter      PROSPECT 2025-07-01      after the window
 * o6   pieter      ORDER    2025-04-10      won, not open
 * o7   pieter      LOST     2025-04-11      lost, not open
 * o8   pieter      PROSPECT (none)          no month
 * o9   pieter      PROSPECT 2025-06-30      inactive
 * o10  pieter      PROSPECT 2025-01-20       10.00   50     5.00
 *
 * 2025-03: 2 items, 1333.33, 100.00 + 99.999 = 199.999 -> 200.00 · 2025-04: zeros
 * 2025-05: 1, 500.00, 250.00 · 2025-06: zeros
 * </pre>
 */
class ForecastTest extends SalesTestSupport {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private final ReportRows rows = new ReportRows(dataSource);

    @BeforeEach
    void createDataSet() {
        rows.item("o1").amount("1000.00").probability(10).expectedClose("2025-03-01").insert();
        rows.item("o2").salesperson("fatima").phase(Phase.QUOTE).amount("333.33").probability(30)
                .expectedClose("2025-03-31").insert();
        rows.item("o3").phase(Phase.QUOTE).amount("500.00").probability(50).expectedClose("2025-05-15").insert();
        rows.item("o4").amount("70.00").probability(50).expectedClose("2025-02-28").insert();
        rows.item("o5").amount("80.00").probability(50).expectedClose("2025-07-01").insert();
        rows.item("o6").phase(Phase.ORDER).amount("90.00").probability(100).expectedClose("2025-04-10").insert();
        rows.item("o7").phase(Phase.LOST).amount("95.00").probability(50).expectedClose("2025-04-11").insert();
        rows.item("o8").amount("60.00").probability(50).insert();
        rows.item("o9").amount("40.00").probability(50).expectedClose("2025-06-30").inactive().insert();
        rows.item("o10").amount("10.00").probability(50).expectedClose("2025-01-20").insert();
    }

    @Test
    void everyMonthOfTheWindowWithZerosWhereNothingCloses() {
        assertThat(reports.forecast(SalesFilter.all(), MARCH, 4)).containsExactly(
                month(2025, 3, 2, "1333.33", "200.00"),
                month(2025, 4, 0, "0.00", "0.00"),
                month(2025, 5, 1, "500.00", "250.00"),
                month(2025, 6, 0, "0.00", "0.00"));
    }

    @Test
    void theWindowRunsAcrossTheYear() {
        assertThat(reports.forecast(SalesFilter.all(), YearMonth.of(2024, 11), 3)).containsExactly(
                month(2024, 11, 0, "0.00", "0.00"),
                month(2024, 12, 0, "0.00", "0.00"),
                month(2025, 1, 1, "10.00", "5.00"));
    }

    /* fatima's o2 alone in March: 333.33 x 30 / 100 = 99.999 -> 100.00 */
    @Test
    void theFilterAndTheAccessRuleApply() {
        assertThat(reports.forecast(SalesFilter.all().forSalesperson("fatima"), MARCH, 1))
                .containsExactly(month(2025, 3, 1, "333.33", "100.00"));
        users.actAs("pieter");
        assertThat(reports.forecast(SalesFilter.all(), MARCH, 1))
                .containsExactly(month(2025, 3, 1, "1000.00", "100.00"));
    }

    @Test
    void oneToThirtySixMonths() {
        assertThat(reports.forecast(SalesFilter.all(), MARCH, 1)).hasSize(1);
        assertThat(reports.forecast(SalesFilter.all(), MARCH, 36)).hasSize(36)
                .last().isEqualTo(month(2028, 2, 0, "0.00", "0.00"));
        for (int months : new int[] {0, 37, -1}) {
            assertThatThrownBy(() -> reports.forecast(SalesFilter.all(), MARCH, months))
                    .isInstanceOf(ValidationException.class).hasMessage("months must be between 1 and 36");
        }
        assertThatThrownBy(() -> reports.forecast(SalesFilter.all(), null, 12))
                .isInstanceOf(ValidationException.class).hasMessage("first is required");
    }

    private static ForecastMonth month(int year, int month, long count, String amount, String weighted) {
        return new ForecastMonth(YearMonth.of(year, month), count, new BigDecimal(amount), new BigDecimal(weighted));
    }
}
