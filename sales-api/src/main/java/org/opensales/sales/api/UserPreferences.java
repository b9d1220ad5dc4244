package org.opensales.sales.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The current user's Sales settings, kept on the server so they follow the user across sessions
 * and machines, such as the columns they chose for the salesperson blocks.
 */
@ProviderType
public interface UserPreferences {

    /** The key of the visible columns of the salesperson blocks: column ids separated by commas. */
    String VISIBLE_COLUMNS = "grid.visibleColumns";

    /**
     * Reads a setting of the current user.
     *
     * @param key the setting's key, at most 100 characters
     * @return the value, or empty when the user never set it
     * @throws AccessDeniedException when nobody is logged in
     */
    Optional<String> get(String key);

    /**
     * Stores a setting of the current user.
     *
     * @param key   the setting's key, at most 100 characters
     * @param value the value, at most 4000 characters
     * @throws ValidationException   when the key or value is too long or blank
     * @throws AccessDeniedException when nobody is logged in
     */
    void put(String key, String value);
}
