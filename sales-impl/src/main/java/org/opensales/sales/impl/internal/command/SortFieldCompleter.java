package org.opensales.sales.impl.internal.command;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.opensales.sales.api.SortField;

/** Completes the fields sales:list sorts by. */
@Service
public class SortFieldCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(names(), false).complete(session, commandLine, candidates);
    }

    static List<String> names() {
        return Arrays.stream(SortField.values()).map(Enum::name).toList();
    }
}
