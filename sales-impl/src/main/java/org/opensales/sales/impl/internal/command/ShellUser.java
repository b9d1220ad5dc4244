package org.opensales.sales.impl.internal.command;

import java.security.AccessController;
import java.util.Optional;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** The user logged in to the Karaf shell, read from the JAAS subject the shell runs a command under. */
final class ShellUser {

    private ShellUser() {
    }

    /**
     * The login name of the shell user running the current command.
     *
     * @return the name, or empty when the command runs outside an authenticated session
     */
    @SuppressWarnings("removal")
    static Optional<String> current() {
        return of(Subject.getSubject(AccessController.getContext()));
    }

    static Optional<String> of(Subject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst();
    }
}
