package org.opensales.sales.api;

/**
 * One broken rule: which field, and what the rule is.
 *
 * @param field the field's name as in the API, such as {@code "amount"}
 * @param rule  the rule in words, such as {@code "must be at least 0 and less than 100000000000000"}
 */
public record FieldViolation(String field, String rule) {

    @Override
    public String toString() {
        return field + " " + rule;
    }
}
