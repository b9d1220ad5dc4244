package org.opensales.sales.impl.internal.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.Lead;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.SalesCatalog;
import org.opensales.sales.api.ValidationException;
import org.opensales.sales.impl.internal.Violations;

/**
 * Checks a submitted lead and reports every broken rule at once. The limits and formats of names,
 * e-mail and phone are those of the host's address book, so a valid lead never fails registration.
 */
final class LeadValidator {

    static final int MAX_LEAD_ID = 100;
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_PHONE = 50;
    static final int MAX_SOURCE = 100;
    static final int MAX_INTEREST = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]+");

    private final SalesCatalog catalog;

    LeadValidator(SalesCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Validates a lead.
     *
     * @param lead the lead as submitted
     * @return the lead with every text stripped (absent texts empty) and the source spelled as in the catalog
     * @throws ValidationException listing every broken rule, in field order
     */
    Lead validate(Lead lead) {
        if (lead == null) {
            throw new ValidationException(List.of(new FieldViolation("lead", "is required")));
        }
        Lead clean = new Lead(strip(lead.leadId()), strip(lead.personName()), strip(lead.companyName()),
                strip(lead.email()), strip(lead.phone()), strip(lead.source()), lead.score(), lead.salesReady(),
                strip(lead.interest()));
        List<FieldViolation> violations = new ArrayList<>();
        required("leadId", clean.leadId(), MAX_LEAD_ID, violations);
        if (clean.personName().isEmpty() && clean.companyName().isEmpty()) {
            violations.add(new FieldViolation("personName", "or companyName is required"));
        }
        atMost("personName", clean.personName(), MAX_NAME, violations);
        atMost("companyName", clean.companyName(), MAX_NAME, violations);
        formatted("email", clean.email(), MAX_EMAIL, EMAIL, "must be an e-mail address", violations);
        formatted("phone", clean.phone(), MAX_PHONE, PHONE, "may hold only digits, spaces and + ( ) - . /",
                violations);
        Optional<String> source = Optional.empty();
        if (required("source", clean.source(), MAX_SOURCE, violations)) {
            source = activeSource(clean.source());
            if (source.isEmpty()) {
                violations.add(new FieldViolation("source", "must be an active lead source"));
            }
        }
        if (clean.score() < 0 || clean.score() > 100) {
            violations.add(new FieldViolation("score", "must be between 0 and 100"));
        }
        atMost("interest", clean.interest(), MAX_INTEREST, violations);
        Violations.throwIfAny(violations);
        return new Lead(clean.leadId(), clean.personName(), clean.companyName(), clean.email(), clean.phone(),
                source.orElseThrow(), clean.score(), clean.salesReady(), clean.interest());
    }

    private Optional<String> activeSource(String name) {
        return catalog.sources().stream()
                .filter(s -> s.active() && s.name().equalsIgnoreCase(name))
                .map(LeadSource::name)
                .findFirst();
    }

    private static boolean required(String field, String value, int max, List<FieldViolation> violations) {
        if (value.isEmpty()) {
            violations.add(new FieldViolation(field, "is required"));
            return false;
        }
        return atMost(field, value, max, violations);
    }

    private static boolean atMost(String field, String value, int max, List<FieldViolation> violations) {
        if (length(value) > max) {
            violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    private static void formatted(String field, String value, int max, Pattern format, String rule,
                                  List<FieldViolation> violations) {
        if (atMost(field, value, max, violations) && !value.isEmpty() && !format.matcher(value).matches()) {
            violations.add(new FieldViolation(field, rule));
        }
    }

    /** Counts characters as the database does: code points, not UTF-16 units. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
