package org.opensales.sales.impl.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesRoles;

/** Completes the user ids of the salespeople. */
@Service
public class SalespersonCompleter implements Completer {

    @Reference
    private UserDirectory users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(ids(users)).complete(session, commandLine, candidates);
    }

    static List<String> ids(UserDirectory users) {
        return users.usersWithRole(SalesRoles.SALESPERSON).stream().map(CrmUser::id).toList();
    }
}
