package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensales.sales.api.SalesRoles.SALESPERSON;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesTarget;
import org.w3c.dom.Document;

/** The report block on a small data set whose figures are worked out by hand in the comments. */
class ReportTabsTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private final ReportTabs tabs = new ReportTabs(new Formats(Messages.of(Locale.US)),
            new MonthlyTargets(new InMemoryTargets(sales.targets, users), users, users.usersWithRole(SALESPERSON)));

    @BeforeEach
    void setUp() {
        sales.add("Website redesign", 1, "tom", Phase.PROSPECT, "1000.00", 10);
        sales.change(1, b -> b.prospectDate(date("2026-10-01")).expectedCloseDate(date("2026-12-20")).source("Website"));
        sales.add("ERP licences", 2, "pieter", Phase.QUOTE, "20000.00", 50);
        sales.change(2, b -> b.prospectDate(date("2026-09-01")).quoteDate(date("2026-10-15"))
                .expectedCloseDate(date("2027-02-10")).source("Fair"));
        sales.add("Support contract", 1, "fatima", Phase.ORDER, "5000.00", 100);
        sales.change(3, b -> b.prospectDate(date("2026-10-01")).quoteDate(date("2026-10-11"))
                .orderDate(date("2026-11-10")).source("Website"));
        sales.add("Web shop", 2, "pieter", Phase.INVOICE, "3000.00", 100);
        sales.change(4, b -> b.prospectDate(date("2026-06-01")).orderDate(date("2026-06-21"))
                .invoiceDate(date("2026-07-01")).source("Fair"));
        sales.add("Lost deal", 1, "tom", Phase.LOST, "2000.00", 0);
        sales.change(5, b -> b.prospectDate(date("2026-10-05")).lostDate(date("2026-11-01")).lostReason("Price")
                .source("Website"));
        sales.add("Lost too", 2, "fatima", Phase.LOST, "500.00", 0);
        sales.change(6, b -> b.lostDate(date("2026-08-01")));
        sales.targets.add(new SalesTarget("fatima", YearMonth.of(2026, 10), 1, new BigDecimal("4000.00")));
        sales.targets.add(new SalesTarget("fatima", YearMonth.of(2026, 11), 1, new BigDecimal("6000.00")));
        sales.targets.add(new SalesTarget("fatima", YearMonth.of(2027, 1), 5, new BigDecimal("90000.00")));
        sales.sourceCosts.put("Website", new BigDecimal("1000.00"));
    }

    @Test
    void theFirstTabIsGeneralInformationAndItAloneQueriesWhenShown() {
        tabs.show(figures(SalesFilter.all()));

        assertThat(tabs.getTab(0).getCaption()).isEqualTo("General information");
        assertThat(tabs.getSelectedTab()).isSameAs(tabs.tabs().get(0));
        assertThat(sales.calls).containsExactly("general");
    }

    @Test
    void showsTheGeneralFigures() {
        tabs.show(figures(SalesFilter.all()));

        // open: items 1 and 2; weighted 1000 x 10% + 20000 x 50%; won: items 3 and 4; lost: 5 and 6
        assertThat(figure("open-count")).isEqualTo("2");
        assertThat(figure("open-amount")).isEqualTo("21,000.00");
        assertThat(figure("weighted-pipeline")).isEqualTo("10,100.00");
        assertThat(figure("won-count")).isEqualTo("2");
        assertThat(figure("won-amount")).isEqualTo("8,000.00");
        assertThat(figure("lost-count")).isEqualTo("2");
        assertThat(figure("lost-amount")).isEqualTo("2,500.00");
        assertThat(figure("win-rate")).isEqualTo("50.0");
        assertThat(figure("average-order")).isEqualTo("4,000.00");
        // cycle: item 3 took 40 days, item 4 20 days
        assertThat(figure("cycle-days")).isEqualTo("30.0");

        assertThat(column("sales-report-phases", "phase")).containsExactly("Prospect", "Quote", "Order", "Invoice", "Lost");
        assertThat(column("sales-report-phases", "count")).containsExactly("1", "1", "1", "1", "2");
        assertThat(column("sales-report-phases", "amount"))
                .containsExactly("1,000.00", "20,000.00", "5,000.00", "3,000.00", "2,500.00");
        assertThat(column("sales-report-salespeople-totals", "salesperson"))
                .containsExactly("Fatima El Amrani", "Pieter de Vries", "Tom Bakker");
        assertThat(column("sales-report-salespeople-totals", "amount"))
                .containsExactly("5,500.00", "23,000.00", "3,000.00");
        assertThat(column("sales-report-salespeople-totals", "weightedAmount"))
                .containsExactly("5,000.00", "13,000.00", "100.00");
    }

    @Test
    void drawsThePhasePieAndTheSalespersonBarsAsSvgImages() throws Exception {
        tabs.show(figures(SalesFilter.all()));

        ChartImage pie = (ChartImage) find("sales-chart-phases");
        ChartImage bars = (ChartImage) find("sales-chart-salespeople");

        assertThat(pie.getSource()).isInstanceOf(com.vaadin.server.StreamResource.class);
        assertThat(((com.vaadin.server.StreamResource) pie.getSource()).getMIMEType()).isEqualTo("image/svg+xml");
        Document phases = SvgChartsTest.parse(pie.svg());
        assertThat(phases.getDocumentElement().getTextContent()).contains("Number of items per phase", "Lost: 2 (33%)");
        Document salespeople = SvgChartsTest.parse(bars.svg());
        assertThat(salespeople.getDocumentElement().getTextContent()).contains("Pieter de Vries", "23,000.00");
    }

    @Test
    void showsThePerformanceOfTheQuarterAndOfAnotherPeriod() {
        tabs.show(figures(SalesFilter.all()));
        sales.calls.clear();

        tabs.setSelectedTab(1);

        assertThat(sales.calls).containsExactly("performance 2026-10 2026-12");
        String grid = "sales-report-performance";
        assertThat(column(grid, "salesperson")).containsExactly("Fatima El Amrani", "Pieter de Vries", "Tom Bakker");
        assertThat(column(grid, "openCount")).containsExactly("0", "1", "1");
        assertThat(column(grid, "weighted")).containsExactly("0.00", "10,000.00", "100.00");
        assertThat(column(grid, "wonCount")).containsExactly("1", "0", "0");
        assertThat(column(grid, "wonAmount")).containsExactly("5,000.00", "0.00", "0.00");
        assertThat(column(grid, "lostCount")).containsExactly("0", "0", "1");
        assertThat(column(grid, "targetOrders")).containsExactly("2", "0", "0");
        assertThat(column(grid, "targetRevenue")).containsExactly("10,000.00", "0.00", "0.00");
        assertThat(column(grid, "targetPercent")).containsExactly("50.0", "", "");

        ((SalespeopleTab) tabs.tabs().get(1)).period().setValue(ReportPeriod.YEAR);

        assertThat(sales.calls).endsWith("performance 2026-01 2026-12");
        assertThat(column(grid, "wonAmount")).containsExactly("5,000.00", "3,000.00", "0.00");
        assertThat(column(grid, "lostCount")).containsExactly("1", "0", "1");
    }

    @Test
    void showsSourcesAndRoi() {
        tabs.show(figures(SalesFilter.all()));

        tabs.setSelectedTab(2);

        String grid = "sales-report-sources-grid";
        assertThat(column(grid, "source")).containsExactly("Website", "Fair", "(no source)");
        assertThat(column(grid, "items")).containsExactly("3", "2", "1");
        assertThat(column(grid, "wonAmount")).containsExactly("5,000.00", "3,000.00", "0.00");
        assertThat(column(grid, "winRate")).containsExactly("50.0", "100.0", "0.0");
        assertThat(column(grid, "cost")).containsExactly("1,000.00", "0.00", "0.00");
        // (5000 - 1000) / 1000 x 100; no cost, no ROI
        assertThat(column(grid, "roi")).containsExactly("400.0", "", "");
    }

    @Test
    void showsTwelveMonthsOfForecastFromTheCurrentMonth() throws Exception {
        tabs.show(figures(SalesFilter.all()));

        tabs.setSelectedTab(3);

        String grid = "sales-report-forecast-grid";
        assertThat(column(grid, "month")).hasSize(12).startsWith("Dec 2026", "Jan 2027", "Feb 2027")
                .endsWith("Nov 2027");
        assertThat(column(grid, "count")).startsWith("1", "0", "1");
        assertThat(column(grid, "amount")).startsWith("1,000.00", "0.00", "20,000.00");
        assertThat(column(grid, "weightedAmount")).startsWith("100.00", "0.00", "10,000.00");
        assertThat(SvgChartsTest.parse(((ChartImage) find("sales-chart-forecast")).svg())
                .getDocumentElement().getTextContent()).contains("Feb 2027", "10,000.00");
    }

    @Test
    void showsTheFunnelWithConversions() throws Exception {
        tabs.show(figures(SalesFilter.all()));

        tabs.setSelectedTab(4);

        // prospect dates on items 1-5; quotes on 2 and 3; orders on 3 and 4; an invoice on 4
        String grid = "sales-report-funnel-grid";
        assertThat(column(grid, "phase")).containsExactly("Prospect", "Quote", "Order", "Invoice");
        assertThat(column(grid, "reached")).containsExactly("5", "2", "2", "1");
        assertThat(column(grid, "conversion")).containsExactly("", "40.0", "100.0", "50.0");
        assertThat(SvgChartsTest.parse(((ChartImage) find("sales-chart-funnel")).svg())
                .getDocumentElement().getTextContent()).contains("Prospect", "Invoice");
    }

    @Test
    void showsLostReasons() {
        tabs.show(figures(SalesFilter.all()));

        tabs.setSelectedTab(5);

        assertThat(column("sales-report-lost-grid", "reason")).containsExactly("(no reason)", "Price");
        assertThat(column("sales-report-lost-grid", "amount")).containsExactly("500.00", "2,000.00");
    }

    @Test
    void aTabQueriesOnlyWhenSelectedAndOnlyOncePerFilter() {
        tabs.show(figures(SalesFilter.all()));
        tabs.setSelectedTab(3);
        tabs.setSelectedTab(0);
        tabs.setSelectedTab(3);

        assertThat(sales.calls).containsExactly("general", "forecast 2026-12 12");

        tabs.show(figures(SalesFilter.builder().phases(java.util.Set.of(Phase.QUOTE)).build()));

        assertThat(sales.calls).endsWith("forecast 2026-12 12", "forecast 2026-12 12").hasSize(3);
        assertThat(column("sales-report-forecast-grid", "count")).startsWith("0", "0", "1");

        tabs.setSelectedTab(0);

        assertThat(sales.calls).hasSize(4).endsWith("general");
        assertThat(column("sales-report-phases", "count")).containsExactly("0", "1", "0", "0", "0");
    }

    @Test
    void showsNothingBeforeTheFirstFigures() {
        tabs.setSelectedTab(4);

        assertThat(sales.calls).isEmpty();
    }

    private ReportFigures figures(SalesFilter filter) {
        ReportFigures figures = new ReportFigures(sales, users, filter, sales.totalsPerSalesperson(filter), DECEMBER);
        sales.calls.remove(sales.calls.size() - 1);
        return figures;
    }

    private String figure(String name) {
        return ((Label) find("sales-figure-" + name)).getValue();
    }

    private List<String> column(String gridId, String columnId) {
        return ComponentTree.column(tabs, gridId, columnId);
    }

    private Component find(String id) {
        return ComponentTree.find(tabs, id);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
