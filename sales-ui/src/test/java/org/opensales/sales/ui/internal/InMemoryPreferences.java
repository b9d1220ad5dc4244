package org.opensales.sales.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.opensales.sales.api.UserPreferences;

/** A stand-in for one user's preferences, kept in a map; counts the writes. */
final class InMemoryPreferences implements UserPreferences {

    final Map<String, String> values = new HashMap<>();
    int writes;
    /** When set, every write fails with it, as when nobody is logged in. */
    RuntimeException failure;

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        if (failure != null) {
            throw failure;
        }
        writes++;
        values.put(key, value);
    }
}
