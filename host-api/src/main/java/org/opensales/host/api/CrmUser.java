package org.opensales.host.api;

import java.util.Objects;
import java.util.Set;

/**
 * A user of the CRM, as the host's user directory knows them.
 *
 * @param id          the login name, which is the stable id modules store
 * @param displayName the name to show, such as {@code "Sanne Jansen"}
 * @param roles       the roles the user holds, such as {@code "sales-manager"}; never null
 */
public record CrmUser(String id, String displayName, Set<String> roles) {

    /** Checks the invariants and freezes the roles. */
    public CrmUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }

    /**
     * Tells whether the user holds a role.
     *
     * @param role the role name
     * @return true when the user holds it
     */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
