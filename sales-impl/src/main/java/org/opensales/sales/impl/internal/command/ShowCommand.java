package org.opensales.sales.impl.internal.command;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;

/** sales:show — every field of one sales item, and its history. */
@Service
@Command(scope = "sales", name = "show", description = "Shows a sales item with its history")
public class ShowCommand implements Action {

    @Reference
    private SalesService sales;

    @Reference
    private ContactRegistry contacts;

    @Reference
    private UserDirectory users;

    @Argument(index = 0, name = "id", required = true, description = "The sales item's id")
    @Completion(ItemIdCompleter.class)
    private long id;

    @Override
    public Object execute() throws Exception {
        Shown shown = new AsShellUser(users).call(
                () -> sales.get(id).map(item -> new Shown(item, sales.history(id))).orElse(null));
        if (shown == null) {
            throw new IllegalArgumentException("Sales item " + id + " does not exist, or you may not see it");
        }
        Set<Long> contactIds = new HashSet<>(shown.item().extraContactIds());
        contactIds.add(shown.item().contactId());
        ItemDetails.print(shown.item(), ContactNames.of(contacts, contactIds), shown.history(), ZoneId.systemDefault(),
                System.out);
        return null;
    }

    private record Shown(SalesItem item, List<HistoryEntry> history) {
    }
}
