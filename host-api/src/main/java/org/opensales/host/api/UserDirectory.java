package org.opensales.host.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The host's users: who they are, which roles they hold, and who is making the current call.
 */
@ProviderType
public interface UserDirectory {

    /**
     * Finds a user by id (login name).
     *
     * @param id the user's id
     * @return the user, or empty when unknown
     */
    Optional<CrmUser> find(String id);

    /**
     * Lists all users, ordered by display name.
     *
     * @return every user of the CRM
     */
    List<CrmUser> users();

    /**
     * Lists the users that hold a role, ordered by display name.
     *
     * @param role the role name
     * @return the users holding it
     */
    List<CrmUser> usersWithRole(String role);

    /**
     * The user on whose behalf the current thread works: the user logged in to the UI request being
     * served, or the user a caller has bound with {@link #runAs(String, java.util.concurrent.Callable)}.
     *
     * @return the current user, or empty when the thread works for nobody (a system task)
     */
    Optional<CrmUser> currentUser();

    /**
     * Runs a task on behalf of a user, so that {@link #currentUser()} answers that user inside it.
     * Used by entry points that authenticate on their own, such as HTTP endpoints and shell commands.
     *
     * @param userId the id of a known user
     * @param task   the task to run
     * @param <T>    the task's result type
     * @return what the task returned
     * @throws IllegalArgumentException when the user is unknown
     * @throws Exception                what the task threw
     */
    <T> T runAs(String userId, java.util.concurrent.Callable<T> task) throws Exception;
}
