package org.opensales.sales.impl.internal;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.SalesRoles;

/**
 * The access rule of the Sales module, applied to the host's current user: a sales manager reads and
 * changes every item, a salesperson reads own and shared items and changes own items, a sales viewer
 * reads every item and changes nothing. Anyone else is refused.
 */
final class SalesAccess {

    private final UserDirectory users;

    SalesAccess(UserDirectory users) {
        this.users = users;
    }

    /**
     * @return the current user with their strongest sales role
     * @throws AccessDeniedException when nobody is logged in or the user has no sales role
     */
    Caller caller() {
        CrmUser user = users.currentUser()
                .orElseThrow(() -> new AccessDeniedException("no user is logged in"));
        if (user.hasRole(SalesRoles.SALES_MANAGER)) {
            return new Caller(user.id(), Role.MANAGER);
        }
        if (user.hasRole(SalesRoles.SALESPERSON)) {
            return new Caller(user.id(), Role.SALESPERSON);
        }
        if (user.hasRole(SalesRoles.SALES_VIEWER)) {
            return new Caller(user.id(), Role.VIEWER);
        }
        throw new AccessDeniedException("user " + user.id() + " has no sales role");
    }

    /**
     * @return the current user, who must be a sales manager
     * @throws AccessDeniedException otherwise
     */
    Caller manager() {
        Caller caller = caller();
        if (caller.role() != Role.MANAGER) {
            throw new AccessDeniedException("user " + caller.userId() + " is not a sales manager");
        }
        return caller;
    }

    /** The sales roles, strongest first. */
    enum Role { MANAGER, SALESPERSON, VIEWER }

    /**
     * Who makes the call.
     *
     * @param userId the user's id
     * @param role   their strongest sales role
     */
    record Caller(String userId, Role role) {

        /** @return the user whose own and shared items limit what is read; null when every item may be read */
        String readerLimit() {
            return role == Role.SALESPERSON ? userId : null;
        }

        boolean canRead(String ownerId, java.util.Set<String> sharedWith) {
            return role != Role.SALESPERSON || userId.equals(ownerId) || sharedWith.contains(userId);
        }

        boolean canChange(String ownerId) {
            return role == Role.MANAGER || role == Role.SALESPERSON && userId.equals(ownerId);
        }

        /**
         * @param ownerId the owner of the item to create or change
         * @throws AccessDeniedException when the caller may not change that owner's items
         */
        void requireChange(String ownerId, long itemId) {
            if (!canChange(ownerId)) {
                throw new AccessDeniedException(role == Role.VIEWER
                        ? "user " + userId + " may only read sales items"
                        : "user " + userId + " may not change sales item " + itemId + " of " + ownerId);
            }
        }

        /**
         * @param ownerId the salesperson of the new item
         * @throws AccessDeniedException when the caller may not create items for them
         */
        void requireCreate(String ownerId) {
            if (role == Role.VIEWER) {
                throw new AccessDeniedException("user " + userId + " may only read sales items");
            }
            if (role == Role.SALESPERSON && ownerId != null && !ownerId.isBlank() && !userId.equals(ownerId)) {
                throw new AccessDeniedException("user " + userId + " may create sales items only for themselves, not for "
                        + ownerId);
            }
        }
    }
}
