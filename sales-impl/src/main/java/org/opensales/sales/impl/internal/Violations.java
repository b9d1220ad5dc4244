package org.opensales.sales.impl.internal;

import java.util.List;

import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.ValidationException;

/** The one way a check ends: every broken rule it collected, thrown together, or nothing. */
public final class Violations {

    private Violations() {
    }

    /**
     * Throws the collected violations, if there are any.
     *
     * @param violations the broken rules collected so far
     * @throws ValidationException listing them all, when there is at least one
     */
    public static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
