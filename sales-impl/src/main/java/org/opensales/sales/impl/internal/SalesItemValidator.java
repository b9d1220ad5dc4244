package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

/**
 * Checks sales items and page requests at the service boundary and reports every broken rule at
 * once, in the order of the item's fields. References are checked against the host's registries.
 */
final class SalesItemValidator {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000000");
    static final int MAX_TITLE = 200;
    static final int MAX_SALESPERSON_ID = 64;
    static final int MAX_SOURCE = 100;
    static final int MAX_LIMIT = 1000;

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final ContactRegistry contacts;
    private final UserDirectory users;

    SalesItemValidator(ContactRegistry contacts, UserDirectory users) {
        this.contacts = contacts;
        this.users = users;
    }

    /**
     * @param item an item about to be stored
     * @throws ValidationException listing every broken rule
     */
    void validate(SalesItem item) {
        List<FieldViolation> violations = new ArrayList<>();
        checkTitle(item.title(), violations);
        checkContact(item.contactId(), violations);
        checkSalesperson(item.salespersonId(), violations);
        if (item.probability() < 0 || item.probability() > 100) {
            violations.add(new FieldViolation("probability", "must be between 0 and 100"));
        }
        checkAmount(item.amount(), violations);
        if (item.currency() == null || !CURRENCIES.contains(item.currency())) {
            violations.add(new FieldViolation("currency", "must be an ISO 4217 code"));
        }
        if (length(item.source()) > MAX_SOURCE) {
            violations.add(new FieldViolation("source", "must be at most " + MAX_SOURCE + " characters"));
        }
        throwIfAny(violations);
    }

    /**
     * @param offset the number of items to skip
     * @param limit  the page size
     * @throws ValidationException when either is out of range
     */
    void validatePage(int offset, int limit) {
        List<FieldViolation> violations = new ArrayList<>();
        if (offset < 0) {
            violations.add(new FieldViolation("offset", "must be at least 0"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "must be between 1 and " + MAX_LIMIT));
        }
        throwIfAny(violations);
    }

    private static void checkTitle(String title, List<FieldViolation> violations) {
        if (title == null || title.isBlank()) {
            violations.add(new FieldViolation("title", "is required"));
        } else if (length(title) > MAX_TITLE) {
            violations.add(new FieldViolation("title", "must be at most " + MAX_TITLE + " characters"));
        }
    }

    private void checkContact(long contactId, List<FieldViolation> violations) {
        if (contactId == 0) {
            violations.add(new FieldViolation("contactId", "is required"));
        } else if (contacts.find(contactId).isEmpty()) {
            violations.add(new FieldViolation("contactId", "refers to no contact"));
        }
    }

    private void checkSalesperson(String salespersonId, List<FieldViolation> violations) {
        if (salespersonId == null || salespersonId.isBlank()) {
            violations.add(new FieldViolation("salespersonId", "is required"));
        } else if (length(salespersonId) > MAX_SALESPERSON_ID) {
            violations.add(new FieldViolation("salespersonId",
                    "must be at most " + MAX_SALESPERSON_ID + " characters"));
        } else if (users.find(salespersonId).isEmpty()) {
            violations.add(new FieldViolation("salespersonId", "refers to no user"));
        }
    }

    private static void checkAmount(BigDecimal amount, List<FieldViolation> violations) {
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) >= 0) {
            violations.add(new FieldViolation("amount", "must be at least 0 and less than " + MAX_AMOUNT.toPlainString()));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation("amount", "must have at most 2 decimals"));
        }
    }

    /** Counts characters as the database does: code points, not UTF-16 units. */
    private static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    private static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
