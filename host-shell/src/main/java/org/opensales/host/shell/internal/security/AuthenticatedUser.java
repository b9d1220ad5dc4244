package org.opensales.host.shell.internal.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who a login realm accepted, and the roles it granted.
 *
 * @param login the user's login name
 * @param roles the roles from the realm's role principals
 */
public record AuthenticatedUser(String login, Set<String> roles) {

    /** Checks the invariants and freezes the roles. */
    public AuthenticatedUser {
        Objects.requireNonNull(login, "login");
        roles = Set.copyOf(roles);
    }
}
