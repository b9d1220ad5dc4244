package org.opensales.sales.impl.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

/** Completes the ids of the most recently changed sales items the shell user may see. */
@Service
public class ItemIdCompleter implements Completer {

    static final int COUNT = 50;

    @Reference
    private SalesService sales;

    @Reference
    private UserDirectory users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids;
        try {
            ids = new AsShellUser(users).call(() -> recentIds(sales));
        } catch (Exception e) {
            // completion cannot report errors; running the command itself says what is wrong
            return -1;
        }
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }

    static List<String> recentIds(SalesService sales) {
        return sales.find(SalesFilter.builder().includeInactive(true).build(), List.of(Sort.desc(SortField.UPDATED_AT)),
                0, COUNT).stream().map(item -> String.valueOf(item.id())).toList();
    }
}
