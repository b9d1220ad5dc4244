package org.opensales.sales.ui.internal;

import java.util.List;

import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.ValidationException;

/**
 * What an item action did.
 *
 * @param done       true when the service saved the change
 * @param message    the text to show the user
 * @param violations the broken field rules when the service refused the values; empty otherwise
 */
record ActionResult(boolean done, String message, List<FieldViolation> violations) {

    ActionResult {
        violations = List.copyOf(violations);
    }

    static ActionResult done(String message) {
        return new ActionResult(true, message, List.of());
    }

    static ActionResult failed(String message) {
        return new ActionResult(false, message, List.of());
    }

    static ActionResult invalid(ValidationException e) {
        return new ActionResult(false, e.getMessage(), e.violations());
    }
}
