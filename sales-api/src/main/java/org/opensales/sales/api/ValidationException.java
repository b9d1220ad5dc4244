package org.opensales.sales.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The call broke one or more field rules. Nothing was written. The message lists every field with
 * its rule, such as {@code "amount must be at least 0 and less than 100000000000000; title is required"}.
 */
public class ValidationException extends SalesException {

    private static final long serialVersionUID = 1L;

    private final List<FieldViolation> violations;

    /**
     * Creates the error.
     *
     * @param violations the broken rules, at least one
     */
    public ValidationException(List<FieldViolation> violations) {
        super(violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** @return every broken rule, in field order */
    public List<FieldViolation> violations() {
        return violations;
    }
}
