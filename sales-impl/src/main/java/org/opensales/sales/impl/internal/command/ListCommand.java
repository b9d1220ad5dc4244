package org.opensales.sales.impl.internal.command;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;

/** sales:list — a page of the sales items the shell user may see. */
@Service
@Command(scope = "sales", name = "list", description = "Lists the sales items you may see, a page at a time")
public class ListCommand extends FilterCommand {

    @Reference
    private SalesService sales;

    @Reference
    private ContactRegistry contacts;

    @Reference
    private UserDirectory users;

    @Option(name = "-l", aliases = "--limit", description = "How many items to show (1 to 1000)")
    private int limit = 50;

    @Option(name = "-o", aliases = "--offset", description = "How many matching items to skip")
    private int offset;

    @Option(name = "--sort", description = "The field to sort by (ID, TITLE, PHASE, PROBABILITY, AMOUNT,"
            + " EXPECTED_CLOSE_DATE, SOURCE, UPDATED_AT); by id when absent")
    @Completion(SortFieldCompleter.class)
    private String sort;

    @Option(name = "-d", aliases = "--desc", description = "Sort descending")
    private boolean descending;

    @Override
    public Object execute() throws Exception {
        FilterOptions.checkPage(offset, limit);
        SalesFilter filter = filter();
        List<Sort> order = FilterOptions.sort(sort, descending);
        Page page = new AsShellUser(users).call(
                () -> new Page(sales.find(filter, order, offset, limit), sales.count(filter)));
        Set<Long> contactIds = page.items().stream().map(SalesItem::contactId).collect(Collectors.toSet());
        ItemTable.of(page.items(), ContactNames.of(contacts, contactIds)).print(System.out);
        System.out.println(ItemTable.countLine(page.items().size(), page.total()));
        return null;
    }

    private record Page(List<SalesItem> items, long total) {
    }
}
