package org.opensales.sales.impl.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.ValidationException;

/** The rule for a range of months given as {@code from} and {@code to}: both required, in order. */
final class MonthRange {

    private MonthRange() {
    }

    /** @throws ValidationException when a month is missing or {@code to} comes before {@code from} */
    static void check(YearMonth from, YearMonth to) {
        List<FieldViolation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new FieldViolation("from", "is required"));
        }
        if (to == null) {
            violations.add(new FieldViolation("to", "is required"));
        } else if (from != null && to.isBefore(from)) {
            violations.add(new FieldViolation("to", "must not be before from"));
        }
        Violations.throwIfAny(violations);
    }
}
