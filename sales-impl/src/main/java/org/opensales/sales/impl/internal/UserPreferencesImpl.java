package org.opensales.sales.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.UserPreferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The current user's Sales settings in table {@code sales_preference}. A user reads and writes only
 * their own; like every Sales call it needs a sales role, since only the Sales tab keeps settings.
 */
@Component(service = UserPreferences.class)
public final class UserPreferencesImpl implements UserPreferences {

    static final int MAX_KEY = 100;
    static final int MAX_VALUE = 4000;

    private final SalesDatabase database;
    private final SalesAccess access;

    /**
     * @param database the Sales database
     * @param users    the host's users, for the current user
     */
    @Activate
    public UserPreferencesImpl(@Reference SalesDatabase database, @Reference UserDirectory users) {
        this.database = database;
        this.access = new SalesAccess(users);
    }

    @Override
    public Optional<String> get(String key) {
        String userId = access.caller().userId();
        List<FieldViolation> violations = new ArrayList<>();
        checkKey(key, violations);
        Violations.throwIfAny(violations);
        try (SqlSession session = database.openSession()) {
            return Optional.ofNullable(session.getMapper(SalesPreferenceMapper.class).value(userId, key));
        }
    }

    @Override
    public void put(String key, String value) {
        String userId = access.caller().userId();
        List<FieldViolation> violations = new ArrayList<>();
        checkKey(key, violations);
        if (value == null) {
            violations.add(new FieldViolation("value", "is required"));
        } else if (SalesItemValidator.length(value) > MAX_VALUE) {
            violations.add(new FieldViolation("value", "must be at most " + MAX_VALUE + " characters"));
        }
        Violations.throwIfAny(violations);
        try (SqlSession session = database.openSession()) {
            session.getMapper(SalesPreferenceMapper.class).save(userId, key, value);
            session.commit();
        }
    }

    private static void checkKey(String key, List<FieldViolation> violations) {
        if (key == null || key.isBlank()) {
            violations.add(new FieldViolation("key", "is required"));
        } else if (SalesItemValidator.length(key) > MAX_KEY) {
            violations.add(new FieldViolation("key", "must be at most " + MAX_KEY + " characters"));
        }
    }

}
