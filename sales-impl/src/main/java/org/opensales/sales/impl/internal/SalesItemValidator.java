package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LostReason;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesRoles;
import org.opensales.sales.api.ValidationException;

/**
 * Checks sales items and page requests at the service boundary and reports every broken rule at
 * once, in the order of the item's fields. References are checked against the host's registries and
 * the managed lists.
 */
final class SalesItemValidator {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000000");
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_USER_ID = 64;
    static final int MAX_SOURCE = 100;
    static final int MAX_LOST_NOTE = 1000;
    static final int MAX_TAG = 50;
    static final int MAX_TAGS = 20;
    static final int MAX_LIMIT = 1000;

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final LongPredicate contactExists;
    private final Function<String, Optional<CrmUser>> users;

    SalesItemValidator(ContactRegistry contacts, UserDirectory users) {
        this(id -> contacts.find(id).isPresent(), users::find);
    }

    /**
     * @param contactExists tells whether the host's address book holds a contact id
     * @param users         finds a user of the host by id
     */
    SalesItemValidator(LongPredicate contactExists, Function<String, Optional<CrmUser>> users) {
        this.contactExists = contactExists;
        this.users = users;
    }

    /**
     * @param item    an item about to be stored
     * @param stored  the item as stored before the change; null for a new item
     * @param catalog the managed lists, read in the caller's transaction
     * @throws ValidationException listing every broken rule
     */
    void validate(SalesItem item, SalesItem stored, SalesCatalogMapper catalog) {
        Violations.throwIfAny(violations(item, stored, catalog, false));
    }

    /**
     * The rules for an item imported as it stands in another system: those of a new item, except that
     * it may start LOST, and it must hold the date of its phase.
     *
     * @param item    an item about to be imported
     * @param catalog the managed lists
     * @return every broken rule; empty when the item is valid
     */
    List<FieldViolation> importViolations(SalesItem item, SalesCatalogMapper catalog) {
        List<FieldViolation> v = violations(item, null, catalog, true);
        if (item.phase() != null && PhaseDates.dateOf(item, item.phase()) == null) {
            v.add(new FieldViolation(PhaseDateRules.field(item.phase()), "is required when the phase is "
                    + item.phase()));
        }
        return v;
    }

    private List<FieldViolation> violations(SalesItem item, SalesItem stored, SalesCatalogMapper catalog,
                                            boolean imported) {
        List<FieldViolation> v = new ArrayList<>();
        checkTitle(item.title(), v);
        maxLength("description", item.description(), MAX_DESCRIPTION, v);
        if (stored == null || item.contactId() != stored.contactId()) {
            checkContact(item.contactId(), v);
        }
        checkExtraContacts(added(item.extraContactIds(), stored == null ? List.of() : stored.extraContactIds()), v);
        checkSalesperson(item.salespersonId(), stored == null ? null : stored.salespersonId(), v);
        if (stored == null && item.phase() == Phase.LOST && !imported) {
            v.add(new FieldViolation("phase", "must not be LOST for a new item"));
        }
        PhaseDateRules.check(item, v);
        if (item.probability() < 0 || item.probability() > 100) {
            v.add(new FieldViolation("probability", "must be between 0 and 100"));
        }
        checkAmount(item.amount(), v);
        if (item.currency() == null || !CURRENCIES.contains(item.currency())) {
            v.add(new FieldViolation("currency", "must be an ISO 4217 code"));
        }
        checkSource(item, stored, catalog, v);
        checkLost(item, stored, catalog, imported, v);
        checkTags(item.tags(), v);
        checkSharedWith(Set.copyOf(added(item.sharedWith(), stored == null ? Set.of() : stored.sharedWith())), v);
        return v;
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
        Violations.throwIfAny(violations);
    }

    /** References kept from the stored item were checked when they were made; only new ones are looked up. */
    private static <T> List<T> added(Collection<T> now, Collection<T> before) {
        return now.stream().filter(value -> value == null || !before.contains(value)).toList();
    }

    private static void checkTitle(String title, List<FieldViolation> v) {
        if (title == null || title.isBlank()) {
            v.add(new FieldViolation("title", "is required"));
        } else {
            maxLength("title", title, MAX_TITLE, v);
        }
    }

    private void checkContact(long contactId, List<FieldViolation> v) {
        if (contactId == 0) {
            v.add(new FieldViolation("contactId", "is required"));
        } else if (!contactExists.test(contactId)) {
            v.add(new FieldViolation("contactId", "refers to no contact"));
        }
    }

    private void checkExtraContacts(List<Long> ids, List<FieldViolation> v) {
        List<Long> unknown = ids.stream().filter(id -> id == null || !contactExists.test(id)).toList();
        if (!unknown.isEmpty()) {
            v.add(new FieldViolation("extraContactIds", "refers to no contact: " + join(unknown)));
        }
    }

    /** A new owner must hold a role that owns items; a stored owner stays even after losing it, or leaving. */
    private void checkSalesperson(String salespersonId, String storedId, List<FieldViolation> v) {
        if (salespersonId == null || salespersonId.isBlank()) {
            v.add(new FieldViolation("salespersonId", "is required"));
        } else if (length(salespersonId) > MAX_USER_ID) {
            v.add(new FieldViolation("salespersonId", "must be at most " + MAX_USER_ID + " characters"));
        } else if (!salespersonId.equals(storedId)) {
            CrmUser user = users.apply(salespersonId).orElse(null);
            if (user == null) {
                v.add(new FieldViolation("salespersonId", "refers to no user"));
            } else if (!user.hasRole(SalesRoles.SALESPERSON) && !user.hasRole(SalesRoles.SALES_MANAGER)) {
                v.add(new FieldViolation("salespersonId", "must be a user with the role "
                        + SalesRoles.SALESPERSON + " or " + SalesRoles.SALES_MANAGER));
            }
        }
    }

    private static void checkAmount(BigDecimal amount, List<FieldViolation> v) {
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) >= 0) {
            v.add(new FieldViolation("amount", "must be at least 0 and less than " + MAX_AMOUNT.toPlainString()));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            v.add(new FieldViolation("amount", "must have at most 2 decimals"));
        }
    }

    /** A source must be active when chosen; an item keeps a source that was deactivated later. */
    private static void checkSource(SalesItem item, SalesItem stored, SalesCatalogMapper catalog,
                                    List<FieldViolation> v) {
        String source = item.source();
        if (length(source) > MAX_SOURCE) {
            v.add(new FieldViolation("source", "must be at most " + MAX_SOURCE + " characters"));
        } else if (!source.isEmpty() && (stored == null || !source.equals(stored.source()))) {
            LeadSource found = catalog.source(source);
            if (found == null || !found.active() || !found.name().equals(source)) {
                v.add(new FieldViolation("source", "refers to no active source"));
            }
        }
    }

    private static void checkLost(SalesItem item, SalesItem stored, SalesCatalogMapper catalog,
                                  boolean imported, List<FieldViolation> v) {
        String reason = item.lostReason();
        if (stored == null && item.phase() == Phase.LOST && !imported) {
            return; // refused as a starting phase already
        }
        if (item.phase() != Phase.LOST) {
            if (!reason.isEmpty()) {
                v.add(new FieldViolation("lostReason", "must be empty unless the phase is LOST"));
            }
            if (!item.lostNote().isEmpty()) {
                v.add(new FieldViolation("lostNote", "must be empty unless the phase is LOST"));
            }
        } else if (reason.isBlank()) {
            v.add(new FieldViolation("lostReason", "is required when the phase is LOST"));
        } else if (stored == null || stored.phase() != Phase.LOST || !reason.equals(stored.lostReason())) {
            LostReason found = catalog.lostReason(reason);
            if (found == null || !found.active() || !found.name().equals(reason)) {
                v.add(new FieldViolation("lostReason", "refers to no active lost reason"));
            }
        }
        maxLength("lostNote", item.lostNote(), MAX_LOST_NOTE, v);
    }

    private static void checkTags(Set<String> tags, List<FieldViolation> v) {
        if (tags.size() > MAX_TAGS) {
            v.add(new FieldViolation("tags", "must be at most " + MAX_TAGS));
        }
        if (tags.stream().anyMatch(t -> t == null || t.isBlank() || length(t) > MAX_TAG)) {
            v.add(new FieldViolation("tags", "must each have 1 to " + MAX_TAG + " characters"));
        } else if (tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()).size()
                < tags.size()) {
            v.add(new FieldViolation("tags", "must differ in more than case"));
        }
    }

    private void checkSharedWith(Set<String> userIds, List<FieldViolation> v) {
        Predicate<String> unknown = id -> id == null || users.apply(id).isEmpty();
        List<String> missing = userIds.stream().filter(unknown).toList();
        if (!missing.isEmpty()) {
            v.add(new FieldViolation("sharedWith", "refers to no user: " + join(missing)));
        }
    }

    private static void maxLength(String field, String value, int max, List<FieldViolation> v) {
        if (length(value) > max) {
            v.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
    }

    private static String join(Collection<?> values) {
        return values.stream().map(Objects::toString).collect(Collectors.joining(", "));
    }

    /** Counts characters as the database does: code points, not UTF-16 units. */
    static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

}
