package org.opensales.sales.impl.internal.command;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalespersonTotals;

/** sales:report — the General information figures and the totals per salesperson, for a filter. */
@Service
@Command(scope = "sales", name = "report", description = "Shows the General information figures and totals per salesperson")
public class ReportCommand extends FilterCommand {

    @Reference
    private SalesReportService reports;

    @Reference
    private UserDirectory users;

    @Override
    public Object execute() throws Exception {
        SalesFilter filter = filter();
        Figures figures = new AsShellUser(users).call(
                () -> new Figures(reports.generalInformation(filter), reports.totalsPerSalesperson(filter)));
        System.out.println("General information");
        ReportTables.general(figures.general()).print(System.out);
        System.out.println();
        ReportTables.outcomes(figures.general()).print(System.out);
        System.out.println();
        System.out.println("Per salesperson");
        Map<String, String> names = users.users().stream()
                .collect(Collectors.toMap(CrmUser::id, CrmUser::displayName, (a, b) -> a));
        ReportTables.perSalesperson(figures.perSalesperson(), names).print(System.out);
        return null;
    }

    private record Figures(GeneralReport general, List<SalespersonTotals> perSalesperson) {
    }
}
