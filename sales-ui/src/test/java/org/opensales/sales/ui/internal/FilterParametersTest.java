package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

class FilterParametersTest {

    private static final FilterValues EVERYTHING = new FilterValues("R&D 50% = ok?", Set.of(Phase.QUOTE, Phase.PROSPECT),
            "fatima", "Trade fair", "vip #1", PeriodField.CLOSED, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
            new BigDecimal("1000.50"), new BigDecimal("20000"), true);

    @Test
    void formatsEveryPartInAFixedOrder() {
        assertThat(FilterParameters.format(EVERYTHING)).isEqualTo("text=R%26D+50%25+%3D+ok%3F&phase=PROSPECT,QUOTE"
                + "&salesperson=fatima&source=Trade+fair&tag=vip+%231&period=CLOSED&from=2026-01-01&to=2026-03-31"
                + "&min=1000.5&max=20000&inactive=true");
    }

    @Test
    void readsBackEveryPart() {
        assertThat(FilterParameters.parse(FilterParameters.format(EVERYTHING))).isEqualTo(EVERYTHING);
    }

    @Test
    void readsBackEachPartOnItsOwn() {
        FilterValues none = FilterValues.NONE;
        for (FilterValues values : new FilterValues[] {
                new FilterValues("web shop", null, null),
                new FilterValues("", Phase.LOST, null),
                new FilterValues("", null, "pieter"),
                with(none, "source", "Website"),
                with(none, "tag", "urgent"),
                new FilterValues("", null, null, null, null, PeriodField.EXPECTED_CLOSE, LocalDate.of(2026, 2, 1),
                        null, null, null, false),
                new FilterValues("", null, null, null, null, PeriodField.CREATED, null, LocalDate.of(2026, 2, 28),
                        null, null, false),
                new FilterValues("", null, null, null, null, null, null, null, new BigDecimal("0.01"), null, false),
                new FilterValues("", null, null, null, null, null, null, null, null, new BigDecimal("99999"), false),
                new FilterValues("", null, null, null, null, null, null, null, null, null, true)}) {
            String parameters = FilterParameters.format(values);

            assertThat(parameters).isNotEmpty();
            assertThat(FilterParameters.parse(parameters)).isEqualTo(values);
        }
    }

    @Test
    void leavesOutEmptyPartsAndAPeriodWithoutDates() {
        assertThat(FilterParameters.format(FilterValues.NONE)).isEmpty();
        assertThat(FilterParameters.format(new FilterValues("", null, null, null, null, PeriodField.CLOSED, null,
                null, null, null, false))).isEmpty();
    }

    @Test
    void readsABookmarkInAnyOrderAndCase() {
        assertThat(FilterParameters.parse("salesperson=pieter&phase=quote&text=ERP&period=closed&from=2026-05-01"))
                .isEqualTo(new FilterValues("ERP", Set.of(Phase.QUOTE), "pieter", null, null, PeriodField.CLOSED,
                        LocalDate.of(2026, 5, 1), null, null, null, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour=red", "phase=WON", "phase=,,", "&&=x&text", "period=LATER&from=2026-01-01",
            "from=2026-02-30", "to=yesterday", "min=ten", "min=-5", "max=1e400", "max=1,5", "inactive=yes",
            "source=&tag=%20", "period=CLOSED"})
    void ignoresBadValuesWithoutFailing(String parameters) {
        FilterValues parsed = FilterParameters.parse(parameters);

        assertThat(parsed.phases()).isEmpty();
        assertThat(parsed.minAmount()).isNull();
        assertThat(parsed.maxAmount()).isNull();
        assertThat(parsed.source()).isNull();
        assertThat(parsed.tag()).isNull();
        assertThat(parsed.inactive()).isFalse();
        assertThat(parsed.to()).isNull();
    }

    @Test
    void keepsTheGoodPartsOfAPartlyBrokenBookmark() {
        assertThat(FilterParameters.parse("phase=QUOTE,WON&period=LATER&from=2026-01-01&min=x&max=500"))
                .isEqualTo(new FilterValues("", Set.of(Phase.QUOTE), null, null, null, PeriodField.CREATED,
                        LocalDate.of(2026, 1, 1), null, null, new BigDecimal("500"), false));
    }

    @Test
    void takesAStrayPercentSignLiterally() {
        assertThat(FilterParameters.parse("text=50%").text()).isEqualTo("50%");
    }

    @Test
    void treatsNoParametersAsNoFilter() {
        assertThat(FilterParameters.parse("")).isEqualTo(FilterValues.NONE);
        assertThat(FilterParameters.parse(null)).isEqualTo(FilterValues.NONE);
    }

    @Test
    void turnsEveryPartIntoTheServiceFilter() {
        SalesFilter filter = EVERYTHING.toSalesFilter();

        assertThat(filter.text()).isEqualTo("R&D 50% = ok?");
        assertThat(filter.phases()).containsExactlyInAnyOrder(Phase.PROSPECT, Phase.QUOTE);
        assertThat(filter.salespersonIds()).containsExactly("fatima");
        assertThat(filter.sources()).containsExactly("Trade fair");
        assertThat(filter.tags()).containsExactly("vip #1");
        assertThat(filter.periodField()).isEqualTo(PeriodField.CLOSED);
        assertThat(filter.periodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(filter.periodTo()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(filter.minAmount()).isEqualByComparingTo("1000.50");
        assertThat(filter.maxAmount()).isEqualByComparingTo("20000");
        assertThat(filter.includeInactive()).isTrue();
        assertThat(FilterValues.NONE.toSalesFilter()).isEqualTo(SalesFilter.all());
    }

    private static FilterValues with(FilterValues v, String part, String value) {
        return new FilterValues(v.text(), v.phases(), v.salespersonId(), part.equals("source") ? value : v.source(),
                part.equals("tag") ? value : v.tag(), v.periodField(), v.from(), v.to(), v.minAmount(),
                v.maxAmount(), v.inactive());
    }
}
