package org.opensales.sales.impl.internal.command;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.opensales.host.api.UserDirectory;

/**
 * Runs a command's service calls on behalf of the shell user, so that the Sales access rule applies
 * to the shell exactly as it does to the web UI.
 */
final class AsShellUser {

    private final UserDirectory users;
    private final Supplier<Optional<String>> login;

    AsShellUser(UserDirectory users) {
        this(users, ShellUser::current);
    }

    AsShellUser(UserDirectory users, Supplier<Optional<String>> login) {
        this.users = users;
        this.login = login;
    }

    /**
     * Calls a task as the shell user.
     *
     * @param task the service calls
     * @param <T>  the result type
     * @return what the task returned
     * @throws IllegalStateException when nobody is logged in, or the shell user is not a CRM user
     * @throws Exception             what the task threw
     */
    <T> T call(Callable<T> task) throws Exception {
        String user = login.get().orElseThrow(() -> new IllegalStateException(
                "No shell user: the sales commands need a logged-in shell session"));
        if (users.find(user).isEmpty()) {
            throw new IllegalStateException("Shell user '" + user + "' is not a user of the CRM; the sales commands"
                    + " act as the CRM user with the same login name (a user appears after a first login to the web UI)");
        }
        return users.runAs(user, task);
    }
}
