package org.opensales.sales.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.data.HasValue;
import com.vaadin.data.ValidationResult;
import com.vaadin.data.Validator;

/**
 * The values the service refused, per editor field. Its validator fails for a refused value, so the
 * editor keeps the row open and shows the service's message until the value is corrected.
 */
final class Rejections {

    private record Rejection(Object value, String message) {
    }

    private final Map<HasValue<?>, Rejection> rejected = new HashMap<>();

    void reject(HasValue<?> field, Object value, String message) {
        rejected.put(field, new Rejection(value, message));
    }

    void clear(HasValue<?> field) {
        rejected.remove(field);
    }

    void clearAll() {
        rejected.clear();
    }

    <T> Validator<T> validator(HasValue<?> field) {
        return (value, context) -> {
            Rejection rejection = rejected.get(field);
            return rejection != null && Objects.equals(rejection.value(), value)
                    ? ValidationResult.error(rejection.message()) : ValidationResult.ok();
        };
    }
}
