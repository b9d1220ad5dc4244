package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.ibatis.session.SqlSession;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalespersonTotals;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Computes the report figures with GROUP BY queries over the same WHERE clause as the lists. */
@Component(service = SalesReportService.class)
public final class SalesReportServiceImpl implements SalesReportService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final SalesDatabase database;

    /** @param database the Sales database */
    @Activate
    public SalesReportServiceImpl(@Reference SalesDatabase database) {
        this.database = database;
    }

    @Override
    public GeneralReport generalInformation(SalesFilter filter) {
        List<TotalsRow> rows;
        try (SqlSession session = database.openSession()) {
            rows = session.getMapper(SalesReportMapper.class).totalsPerPhase(ItemCriteria.of(filter));
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
        try (SqlSession session = database.openSession()) {
            return session.getMapper(SalesReportMapper.class).totalsPerSalesperson(ItemCriteria.of(filter))
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
