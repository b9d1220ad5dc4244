package org.opensales.sales.ui.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.ForecastMonth;
import org.opensales.sales.api.FunnelStep;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.LostReasonTotals;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalespersonPerformance;
import org.opensales.sales.api.SalespersonTotals;
import org.opensales.sales.api.SourceRoi;

/**
 * The report figures under one filter. Each figure is queried only when a tab asks for it, so a tab
 * that is never shown costs nothing. A new filter makes a new instance.
 */
final class ReportFigures {

    /** How many months the forecast covers, starting with the current one. */
    static final int FORECAST_MONTHS = 12;

    private final SalesReportService reports;
    private final UserDirectory users;
    private final SalesFilter filter;
    private final List<SalespersonTotals> totals;
    private final YearMonth currentMonth;
    private final Map<String, String> names = new HashMap<>();

    /**
     * @param reports      the report service to query
     * @param users        the host's users, for display names
     * @param filter       the filter every figure obeys
     * @param totals       the totals per salesperson, already loaded for the blocks
     * @param currentMonth the month the forecast and the periods start from
     */
    ReportFigures(SalesReportService reports, UserDirectory users, SalesFilter filter, List<SalespersonTotals> totals,
                  YearMonth currentMonth) {
        this.reports = reports;
        this.users = users;
        this.filter = filter;
        this.totals = List.copyOf(totals);
        this.currentMonth = currentMonth;
    }

    SalesFilter filter() {
        return filter;
    }

    YearMonth currentMonth() {
        return currentMonth;
    }

    GeneralReport general() {
        return reports.generalInformation(filter);
    }

    List<SalespersonTotals> totalsPerSalesperson() {
        return totals;
    }

    List<SalespersonPerformance> performance(ReportPeriod period) {
        return reports.salespersonPerformance(filter, period.first(currentMonth), period.last(currentMonth));
    }

    List<SourceRoi> sources() {
        return reports.sourcesAndRoi(filter);
    }

    List<ForecastMonth> forecast() {
        return reports.forecast(filter, currentMonth, FORECAST_MONTHS);
    }

    List<FunnelStep> funnel() {
        return reports.funnel(filter);
    }

    List<LostReasonTotals> lostReasons() {
        return reports.lostReasons(filter);
    }

    /** @return the user's display name from the host's directory, or the id for an unknown user */
    String displayName(String userId) {
        return names.computeIfAbsent(userId, id -> users.find(id).map(CrmUser::displayName).orElse(id));
    }
}
