package org.opensales.sales.impl.internal.command;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.opensales.sales.api.Phase;

/** Completes phase names. */
@Service
public class PhaseCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(names(), false).complete(session, commandLine, candidates);
    }

    static List<String> names() {
        return Arrays.stream(Phase.values()).map(Enum::name).toList();
    }
}
