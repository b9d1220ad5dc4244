package org.opensales.host.shell.internal.data;

import java.util.Set;

import org.opensales.host.api.CrmUser;

/** The shell's write side of the user directory: recording logins and seeding users. */
public interface UserAccounts {

    /**
     * Records a successful login: adds the user when new (display name = login) or updates the roles
     * of a known user, keeping the display name.
     *
     * @param id    the login name
     * @param roles the roles the login realm granted
     * @return the user as stored
     */
    CrmUser recordLogin(String id, Set<String> roles);

    /**
     * Adds a user or replaces a known user's display name and roles.
     *
     * @param user the user to store
     */
    void save(CrmUser user);

    /**
     * Tells whether no user is known yet.
     *
     * @return true when the user table is empty
     */
    boolean isEmpty();
}
