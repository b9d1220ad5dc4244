package org.opensales.sales.impl.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.opensales.sales.api.SalesFilter;

/** The filter options that sales:list and sales:report share, the shell's version of the filter bar. */
abstract class FilterCommand implements Action {

    @Option(name = "-t", aliases = "--text", description = "Words the title must all contain")
    private String text;

    @Option(name = "-p", aliases = "--phase", multiValued = true,
            description = "Phases to include (repeat the option or give a comma list); all when absent")
    @Completion(PhaseCompleter.class)
    private List<String> phases;

    @Option(name = "-s", aliases = "--salesperson", multiValued = true,
            description = "Salespeople (user ids) whose items to include (repeat or comma list); all when absent")
    @Completion(SalespersonCompleter.class)
    private List<String> salespeople;

    @Option(name = "-i", aliases = "--inactive", description = "Include inactive items")
    private boolean inactive;

    SalesFilter filter() {
        return FilterOptions.filter(text, phases, salespeople, inactive);
    }
}
