package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.ValidationException;

/**
 * The rules of a {@link SalesFilter}, checked at the boundary of every list, count and report: the
 * amount bounds are not negative and in order, and so is the period.
 */
final class SalesFilterValidator {

    private SalesFilterValidator() {
    }

    /**
     * @param filter a filter, or null for all items
     * @throws ValidationException listing every broken rule
     */
    static void validate(SalesFilter filter) {
        if (filter == null) {
            return;
        }
        List<FieldViolation> violations = new ArrayList<>();
        notNegative("minAmount", filter.minAmount(), violations);
        notNegative("maxAmount", filter.maxAmount(), violations);
        if (filter.minAmount() != null && filter.maxAmount() != null
                && filter.minAmount().compareTo(filter.maxAmount()) > 0) {
            violations.add(new FieldViolation("minAmount", "must not be greater than maxAmount"));
        }
        if (filter.periodFrom() != null && filter.periodTo() != null
                && filter.periodFrom().isAfter(filter.periodTo())) {
            violations.add(new FieldViolation("periodFrom", "must not be after periodTo"));
        }
        Violations.throwIfAny(violations);
    }

    private static void notNegative(String field, BigDecimal amount, List<FieldViolation> violations) {
        if (amount != null && amount.signum() < 0) {
            violations.add(new FieldViolation(field, "must be at least 0"));
        }
    }
}
