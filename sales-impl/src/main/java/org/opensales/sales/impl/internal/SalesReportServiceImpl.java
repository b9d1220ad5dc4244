package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalespersonTotals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Computes the report figures with GROUP BY queries over the same WHERE clause as the lists, access
 * rule included: a salesperson's figures cover their own and shared items only.
 */
@Component(service = SalesReportService.class)
public final class SalesReportServiceImpl implements SalesReportService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final SalesDatabase database;
    private final SalesAccess access;

    /**
     * @param database the Sales database
     * @param users    the host's users, for the current user
     */
    @Activate
    public SalesReportServiceImpl(@Reference SalesDatabase database, @Reference UserDirectory users) {
        this.database = database;
        this.access = new SalesAccess(users);
    }

    @Override
    public GeneralReport generalInformation(SalesFilter filter) {
        ItemCriteria criteria = ItemCriteria.of(filter, access.caller().readerLimit());
        List<TotalsRow> rows;
        try (SqlSession session = database.openSession()) {
            rows = session.getMapper(SalesReportMapper.class).totalsPerPhase(criteria);
        }
        Map<String, TotalsRow> byPhase = rows.stream().filter(row -> row.groupKey != null)
                .collect(Collectors.toMap(row -> row.groupKey, Function.identity()));
        List<PhaseTotals> phases = Arrays.stream(Phase.values())
                .map(phase -> phaseTotals(phase, byPhase.get(phase.name())))
                .toList();
        TotalsRow total = rows.stream().filter(row -> row.groupKey == null).findFirst().orElse(null);
        return total == null
                ? new GeneralReport(phases, 0, ZERO, ZERO)
                : new GeneralReport(phases, total.itemCount, total.amount, total.weightedAmount);
    }

    @Override
    public List<SalespersonTotals> totalsPerSalesperson(SalesFilter filter) {
        ItemCriteria criteria = ItemCriteria.of(filter, access.caller().readerLimit());
        try (SqlSession session = database.openSession()) {
            return session.getMapper(SalesReportMapper.class).totalsPerSalesperson(criteria)
                    .stream()
                    .map(row -> new SalespersonTotals(row.groupKey, row.itemCount, row.amount, row.weightedAmount))
                    .toList();
        }
    }

    private static PhaseTotals phaseTotals(Phase phase, TotalsRow row) {
        return row == null
                ? new PhaseTotals(phase, 0, ZERO, ZERO)
                : new PhaseTotals(phase, row.itemCount, row.amount, row.weightedAmount);
    }
}
