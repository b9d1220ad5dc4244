package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;

/** The report block inside the real Sales view: one query on opening, and fresh figures on a filter change. */
class ReportRefreshTest {

    private static final Set<String> REPORT_CALLS = Set.of("general", "performance", "sources", "forecast", "funnel",
            "lostReasons");

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private SalesPresenter presenter;
    private SalesView view;
    private ReportTabs tabs;

    @BeforeEach
    void setUp() {
        LocalDate nextMonth = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        sales.add("Website redesign", 1, "tom", Phase.PROSPECT, "1000.00", 10);
        sales.change(1, b -> b.expectedCloseDate(nextMonth));
        sales.add("ERP licences 25 seats", 2, "pieter", Phase.QUOTE, "20000.00", 50);
        sales.change(2, b -> b.expectedCloseDate(nextMonth));
        sales.add("Annual support contract", 1, "fatima", Phase.ORDER, "5000.00", 100);
        Messages messages = Messages.of(Locale.US);
        presenter = new SalesPresenter(StandInServices.of(sales, users), messages);
        view = new SalesView(presenter, new Formats(messages));
        tabs = (ReportTabs) ComponentTree.find(view, "sales-report-tabs");
        users.current = "pieter";
    }

    @Test
    void openingTheSalesTabCostsOneReportQuery() {
        presenter.enter("sales", "");

        assertThat(reportCalls()).containsExactly("general");
        assertThat(column(0, "sales-report-phases", "count")).containsExactly("1", "1", "1", "0", "0");
    }

    @Test
    void aFilterChangeRefreshesTheSelectedTabAndTheOthersWhenSelected() {
        presenter.enter("sales", "");
        tabs.setSelectedTab(3);
        assertThat(column(3, "sales-report-forecast-grid", "count")).startsWith("0", "2");

        presenter.filterChanged(FilterParameters.parse("phase=QUOTE"));

        assertThat(reportCalls()).containsExactly("general", "forecast", "forecast");
        assertThat(column(3, "sales-report-forecast-grid", "count")).startsWith("0", "1");

        tabs.setSelectedTab(0);

        assertThat(reportCalls()).endsWith("general").hasSize(4);
        assertThat(column(0, "sales-report-phases", "count")).containsExactly("0", "1", "0", "0", "0");
    }

    private List<String> reportCalls() {
        return sales.calls.stream().map(call -> call.split(" ")[0]).filter(REPORT_CALLS::contains).toList();
    }

    private List<String> column(int tab, String gridId, String columnId) {
        return ComponentTree.column(tabs.tabs().get(tab), gridId, columnId);
    }
}
