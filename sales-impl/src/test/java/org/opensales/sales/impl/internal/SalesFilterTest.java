package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.host.api.Contact;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

/**
 * The filter parts beyond phase and salesperson: text in the description and the main contact's name,
 * sources, tags, the three periods and the amount range. Every expectation is checked on the list,
 * on the count and on the General information report alike.
 */
class SalesFilterTest extends SalesTestSupport {

    @Test
    void textMatchesTheDescriptionAsWellAsTheTitle() {
        create(draft("Ovens").description("Two deck ovens\nwith STEAM"));
        create(draft("Steam cleaner"));
        create(draft("Mixers"));

        assertMatches(text("steam"), "Ovens", "Steam cleaner");
        assertMatches(text("deck ovens"), "Ovens");
        assertMatches(text("mixers"), "Mixers");
        assertMatches(text("steam mixers"));
    }

    @Test
    void textMatchesTheMainContactsNameCompanyOrEmailThroughTheAddressBook() {
        Contact eva = contacts.add("Eva Smit", "Smit Installaties", "eva@solar.example", "");
        create(draft("Solar roof").contactId(eva.id()));
        create(draft("Barn roof").contactId(HostStandIns.CAFE));
        create(draft("Extra contact only").extraContactIds(List.of(eva.id())));
        create(draft("Noir espresso machine").contactId(HostStandIns.ANNA));

        assertMatches(text("SMIT"), "Solar roof");
        assertMatches(text("installaties"), "Solar roof");
        assertMatches(text("solar.example"), "Solar roof");
        assertMatches(text("noir"), "Barn roof", "Noir espresso machine");
        assertMatches(text("eva"), "Solar roof");
        assertMatches(text("roof eva"), "Solar roof");
        assertMatches(text("roof noir"), "Barn roof");
        assertMatches(text("smit barn"));
    }

    @Test
    void aSalespersonFindsByContactNameOnlyWhatTheyMayRead() {
        Contact eva = contacts.add("Eva Smit", "", "", "");
        create(draft("Pieter's").contactId(eva.id()).salespersonId("pieter"));
        create(draft("Fatima's").contactId(eva.id()).salespersonId("fatima"));
        users.actAs("pieter");

        assertMatches(text("eva"), "Pieter's");
    }

    @Test
    void sourcesAndTagsMatchAnyOfTheirValues() {
        create(draft("web solar").source("Website").tags(Set.of("solar")));
        create(draft("fair both").source("Trade fair").tags(Set.of("solar", "roof")));
        create(draft("partner wind").source("Partner").tags(Set.of("wind")));
        create(draft("web untagged").source("Website"));

        assertMatches(SalesFilter.builder().sources(Set.of("Website", "Partner")).build(),
                "web solar", "partner wind", "web untagged");
        assertMatches(SalesFilter.builder().tags(Set.of("solar", "roof")).build(), "web solar", "fair both");
        assertMatches(SalesFilter.builder().tags(Set.of("wind", "unknown")).build(), "partner wind");
        assertMatches(SalesFilter.builder().sources(Set.of("Website")).tags(Set.of("solar")).build(), "web solar");
    }

    @Test
    void theCreatedPeriodTakesWholeUtcDaysAtBothEnds() {
        setCreatedAt(create(draft("before")), "2025-01-31 23:59:59.999");
        setCreatedAt(create(draft("first moment")), "2025-02-01 00:00:00.000");
        setCreatedAt(create(draft("last moment")), "2025-02-28 23:59:59.999");
        setCreatedAt(create(draft("after")), "2025-03-01 00:00:00.000");

        assertMatches(period(PeriodField.CREATED, "2025-02-01", "2025-02-28"), "first moment", "last moment");
        assertMatches(period(PeriodField.CREATED, "2025-02-28", "2025-02-28"), "last moment");
        assertMatches(period(PeriodField.CREATED, "2025-02-01", null), "first moment", "last moment", "after");
        assertMatches(period(PeriodField.CREATED, null, "2025-02-01"), "before", "first moment");
    }

    @Test
    void theExpectedClosePeriodIncludesBothDays() {
        create(draft("before").expectedCloseDate(LocalDate.parse("2025-01-31")));
        create(draft("first day").expectedCloseDate(LocalDate.parse("2025-02-01")));
        create(draft("last day").expectedCloseDate(LocalDate.parse("2025-02-28")));
        create(draft("after").expectedCloseDate(LocalDate.parse("2025-03-01")));
        create(draft("no date"));

        assertMatches(period(PeriodField.EXPECTED_CLOSE, "2025-02-01", "2025-02-28"), "first day", "last day");
        assertMatches(period(PeriodField.EXPECTED_CLOSE, "2025-03-01", null), "after");
        assertMatches(period(PeriodField.EXPECTED_CLOSE, null, "2025-01-31"), "before");
    }

    @Test
    void theClosedPeriodTakesTheOrderDateOfWonAndTheLostDateOfLostItems() {
        closeOn(won("won before"), "order_date", "2025-01-31");
        closeOn(won("won first day"), "order_date", "2025-02-01");
        closeOn(lost("lost last day"), "lost_date", "2025-02-28");
        closeOn(lost("lost after"), "lost_date", "2025-03-01");
        SalesItem invoiced = create(draft("invoiced without order"));
        TestDatabase.execute(dataSource, "UPDATE sales_item SET phase = 'INVOICE', invoice_date = '2025-02-10'"
                + " WHERE id = " + invoiced.id());
        create(draft("open").expectedCloseDate(LocalDate.parse("2025-02-15")));

        assertMatches(period(PeriodField.CLOSED, "2025-02-01", "2025-02-28"),
                "won first day", "lost last day", "invoiced without order");
        assertMatches(period(PeriodField.CLOSED, "2025-02-28", null), "lost last day", "lost after");
        assertMatches(period(PeriodField.CLOSED, null, "2025-02-01"), "won before", "won first day");
    }

    @Test
    void theAmountBoundsAreInclusiveAndEachOptional() {
        create(draft("9.99").amount("9.99"));
        create(draft("10.00").amount("10.00"));
        create(draft("20.00").amount("20.00"));
        create(draft("20.01").amount("20.01"));

        assertMatches(amounts("10", "20"), "10.00", "20.00");
        assertMatches(amounts("10", null), "10.00", "20.00", "20.01");
        assertMatches(amounts(null, "10"), "9.99", "10.00");
        assertMatches(amounts("20", "20"), "20.00");
        assertMatches(amounts("0", "0"));
    }

    @Test
    void badBoundsAreRefusedByListsCountsAndReports() {
        assertRefused(amounts("20", "10"), "minAmount must not be greater than maxAmount");
        assertRefused(amounts("-1", null), "minAmount must be at least 0");
        assertRefused(amounts("5", "-0.01"), "maxAmount must be at least 0; minAmount must not be greater than maxAmount");
        assertRefused(period(PeriodField.EXPECTED_CLOSE, "2025-03-01", "2025-02-28"),
                "periodFrom must not be after periodTo");
    }

    @Test
    void everyPartTogetherNarrowsTheItemsAlike() {
        Contact eva = contacts.add("Eva Smit", "", "", "");
        create(draft("Solar roof").contactId(eva.id()).source("Website").tags(Set.of("solar")).amount("500.00")
                .expectedCloseDate(LocalDate.parse("2025-04-30")));
        create(draft("Solar barn").contactId(eva.id()).source("Website").tags(Set.of("solar")).amount("50.00")
                .expectedCloseDate(LocalDate.parse("2025-04-30")));
        create(draft("Solar shed").contactId(eva.id()).source("Partner").tags(Set.of("solar")).amount("500.00")
                .expectedCloseDate(LocalDate.parse("2025-04-30")));
        create(draft("Solar farm").contactId(eva.id()).source("Website").amount("500.00")
                .expectedCloseDate(LocalDate.parse("2025-05-01")).tags(Set.of("solar")));

        assertMatches(SalesFilter.builder().text("eva solar").sources(Set.of("Website")).tags(Set.of("solar"))
                .period(PeriodField.EXPECTED_CLOSE, LocalDate.parse("2025-04-01"), LocalDate.parse("2025-04-30"))
                .minAmount(new BigDecimal("100")).build(), "Solar roof");
    }

    /** The list, the count and the General information report all cover exactly these items. */
    private void assertMatches(SalesFilter filter, String... titles) {
        List<SalesItem> found = service.find(filter, List.of(), 0, 1000);
        assertThat(found).extracting(SalesItem::title).as("find %s", filter).containsExactlyInAnyOrder(titles);
        assertThat(service.count(filter)).as("count %s", filter).isEqualTo(titles.length);
        GeneralReport report = reports.generalInformation(filter);
        assertThat(report.count()).as("report %s", filter).isEqualTo(titles.length);
        assertThat(report.amount()).as("report amount %s", filter).isEqualByComparingTo(
                found.stream().map(SalesItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private void assertRefused(SalesFilter filter, String message) {
        assertThatThrownBy(() -> service.find(filter, List.of(), 0, 10))
                .isInstanceOf(ValidationException.class).hasMessage(message);
        assertThatThrownBy(() -> service.count(filter)).isInstanceOf(ValidationException.class).hasMessage(message);
        assertThatThrownBy(() -> reports.generalInformation(filter))
                .isInstanceOf(ValidationException.class).hasMessage(message);
        assertThatThrownBy(() -> reports.totalsPerSalesperson(filter))
                .isInstanceOf(ValidationException.class).hasMessage(message);
    }

    private static NewItemDraft draft(String title) {
        return new NewItemDraft().title(title);
    }

    private SalesItem create(NewItemDraft draft) {
        return service.create(draft.build());
    }

    private SalesItem won(String title) {
        SalesItem item = create(draft(title));
        return service.markWon(item.id(), item.version());
    }

    private SalesItem lost(String title) {
        SalesItem item = create(draft(title));
        return service.markLost(item.id(), item.version(), "No budget", "");
    }

    private void setCreatedAt(SalesItem item, String utc) {
        TestDatabase.execute(dataSource, "UPDATE sales_item SET created_at = '" + utc + "' WHERE id = " + item.id());
    }

    /** Sets a closing date directly: the phase date rules are not what these tests are about. */
    private void closeOn(SalesItem item, String column, String day) {
        TestDatabase.execute(dataSource, "UPDATE sales_item SET " + column + " = '" + day + "' WHERE id = " + item.id());
    }

    private static SalesFilter text(String text) {
        return SalesFilter.builder().text(text).build();
    }

    private static SalesFilter period(PeriodField field, String from, String to) {
        return SalesFilter.builder().period(field, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)).build();
    }

    private static SalesFilter amounts(String min, String max) {
        return SalesFilter.builder().minAmount(min == null ? null : new BigDecimal(min))
                .maxAmount(max == null ? null : new BigDecimal(max)).build();
    }
}
