package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.ForecastMonth;
import org.opensales.sales.api.FunnelStep;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.LostReasonTotals;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalespersonPerformance;
import org.opensales.sales.api.SalespersonTotals;
import org.opensales.sales.api.SourceRoi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Computes the report figures with aggregate queries over the same WHERE clause as the lists, access
 * rule included: a salesperson's figures cover their own and shared items only. When the filter uses
 * only the rollups' dimensions and the caller reads every item, the same figures come from the rollup
 * tables instead of a million items. Rates and averages are divided here from the sums the database
 * returns.
 */
@Component(service = SalesReportService.class)
public final class SalesReportServiceImpl implements SalesReportService {

    static final int MAX_FORECAST_MONTHS = 36;

    private static final BigDecimal ZERO = Figures.ZERO_AMOUNT;

    private final SalesDatabase database;
    private final SalesAccess access;
    private final FilterCriteria filterCriteria;
    private final boolean useRollups;

    /**
     * @param database the Sales database
     * @param users    the host's users, for the current user
     * @param contacts the host's address book, to match contact names in the filter's text
     */
    @Activate
    public SalesReportServiceImpl(@Reference SalesDatabase database, @Reference UserDirectory users,
                                  @Reference ContactRegistry contacts) {
        this(database, users, contacts, true);
    }

    /** @param useRollups false to answer every report from {@code sales_item}, as a reference for tests */
    SalesReportServiceImpl(SalesDatabase database, UserDirectory users, ContactRegistry contacts, boolean useRollups) {
        this.database = database;
        this.access = new SalesAccess(users);
        this.filterCriteria = new FilterCriteria(contacts, database);
        this.useRollups = useRollups;
    }

    @Override
    public GeneralReport generalInformation(SalesFilter filter) {
        ItemCriteria criteria = criteria(filter);
        return query(criteria, mapper -> {
            List<TotalsRow> rows = mapper.totalsPerPhase(criteria);
            Map<String, TotalsRow> byPhase = rows.stream().filter(row -> row.groupKey != null)
                    .collect(Collectors.toMap(row -> row.groupKey, Function.identity()));
            List<PhaseTotals> phases = Arrays.stream(Phase.values())
                    .map(phase -> phaseTotals(phase, byPhase.get(phase.name())))
                    .toList();
            TotalsRow total = rows.stream().filter(row -> row.groupKey == null).findFirst().orElse(null);
            OutcomeRow outcomes = mapper.outcomes(criteria);
            return total == null
                    ? outcomes.toReport(phases, 0, ZERO, ZERO)
                    : outcomes.toReport(phases, total.itemCount, total.amount, total.weightedAmount);
        });
    }

    @Override
    public List<SalespersonTotals> totalsPerSalesperson(SalesFilter filter) {
        ItemCriteria criteria = criteria(filter);
        return query(criteria, mapper -> mapper.totalsPerSalesperson(criteria).stream()
                .map(row -> new SalespersonTotals(row.groupKey, row.itemCount, row.amount, row.weightedAmount))
                .toList());
    }

    /*
     * A salesperson's performance tab shows their own row only: their targets are theirs alone to
     * read, and a colleague's row built from the few items shared with them would mislead. Managers
     * and viewers see everyone's.
     */
    @Override
    public List<SalespersonPerformance> salespersonPerformance(SalesFilter filter, YearMonth from, YearMonth to) {
        SalesAccess.Caller caller = access.caller();
        MonthRange.check(from, to);
        SalesFilter base = (filter == null ? SalesFilter.all() : filter).toBuilder().period(null, null, null).build();
        if (caller.role() == SalesAccess.Role.SALESPERSON) {
            if (!base.salespersonIds().isEmpty() && !base.salespersonIds().contains(caller.userId())) {
                return List.of();
            }
            base = base.forSalesperson(caller.userId());
        }
        ItemCriteria criteria = filterCriteria.of(base, caller.readerLimit());
        List<String> targetSalespeople = base.salespersonIds().stream().sorted().toList();
        return queryMonths(criteria,
                mapper -> mapper.performance(criteria, from.atDay(1), to.atEndOfMonth(), targetSalespeople)
                        .stream().map(PerformanceRow::toPerformance).toList());
    }

    @Override
    public List<SourceRoi> sourcesAndRoi(SalesFilter filter) {
        ItemCriteria criteria = criteria(filter);
        return query(criteria, mapper -> mapper.sources(criteria).stream().map(SourceRow::toRoi).toList());
    }

    @Override
    public List<ForecastMonth> forecast(SalesFilter filter, YearMonth first, int months) {
        ItemCriteria criteria = criteria(filter);
        checkForecast(first, months);
        YearMonth last = first.plusMonths(months - 1L);
        Map<String, TotalsRow> byMonth = queryMonths(criteria,
                mapper -> mapper.forecast(criteria, first.toString(), last.toString()))
                .stream().collect(Collectors.toMap(row -> row.groupKey, Function.identity()));
        List<ForecastMonth> forecast = new ArrayList<>(months);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            TotalsRow row = byMonth.get(month.toString());
            forecast.add(row == null ? new ForecastMonth(month, 0, ZERO, ZERO)
                    : new ForecastMonth(month, row.itemCount, Figures.amount(row.amount),
                            Figures.amount(row.weightedAmount)));
        }
        return forecast;
    }

    @Override
    public List<FunnelStep> funnel(SalesFilter filter) {
        ItemCriteria criteria = criteria(filter);
        return query(criteria, mapper -> mapper.funnel(criteria)).toSteps();
    }

    @Override
    public List<LostReasonTotals> lostReasons(SalesFilter filter) {
        ItemCriteria criteria = criteria(filter);
        return query(criteria, mapper -> mapper.lostReasons(criteria).stream()
                .map(row -> new LostReasonTotals(row.groupKey == null ? "" : row.groupKey, row.itemCount,
                        Figures.amount(row.amount)))
                .toList());
    }

    private ItemCriteria criteria(SalesFilter filter) {
        return filterCriteria.of(filter, access.caller().readerLimit());
    }

    private <T> T query(ItemCriteria criteria, Function<ReportQueries, T> query) {
        return inSession(useRollups && criteria.fitsRollups(), query);
    }

    private <T> T queryMonths(ItemCriteria criteria, Function<ReportQueries, T> query) {
        return inSession(useRollups && criteria.fitsMonthRollups(), query);
    }

    private <T> T inSession(boolean fromRollups, Function<ReportQueries, T> query) {
        try (SqlSession session = database.openReadSession()) {
            return query.apply(fromRollups ? session.getMapper(RollupReportMapper.class)
                    : session.getMapper(SalesReportMapper.class));
        }
    }

    private static void checkForecast(YearMonth first, int months) {
        List<FieldViolation> violations = new ArrayList<>();
        if (first == null) {
            violations.add(new FieldViolation("first", "is required"));
        }
        if (months < 1 || months > MAX_FORECAST_MONTHS) {
            violations.add(new FieldViolation("months", "must be between 1 and " + MAX_FORECAST_MONTHS));
        }
        Violations.throwIfAny(violations);
    }

    private static PhaseTotals phaseTotals(Phase phase, TotalsRow row) {
        return row == null
                ? new PhaseTotals(phase, 0, ZERO, ZERO)
                : new PhaseTotals(phase, row.itemCount, row.amount, row.weightedAmount);
    }
}
