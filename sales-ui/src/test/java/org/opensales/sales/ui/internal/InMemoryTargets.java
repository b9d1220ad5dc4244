package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.SalesRoles;
import org.opensales.sales.api.SalesTarget;
import org.opensales.sales.api.SalesTargets;
import org.opensales.sales.api.ValidationException;

/**
 * A stand-in for the targets service over a list of targets, which may be the one the in-memory
 * report reads. Only a sales manager saves; figures are checked as the service does; saves are recorded.
 */
final class InMemoryTargets implements SalesTargets {

    private final List<SalesTarget> store;
    private final UserDirectory users;
    final List<SalesTarget> saved = new ArrayList<>();
    /** When set, every save fails with it, as when the service refuses a value. */
    ValidationException refusal;

    InMemoryTargets(List<SalesTarget> store, UserDirectory users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public List<SalesTarget> targets(YearMonth from, YearMonth to) {
        return store.stream().filter(t -> !t.month().isBefore(from) && !t.month().isAfter(to))
                .sorted(Comparator.comparing(SalesTarget::month).thenComparing(SalesTarget::salespersonId))
                .toList();
    }

    @Override
    public SalesTarget save(SalesTarget target) {
        if (users.currentUser().filter(u -> u.hasRole(SalesRoles.SALES_MANAGER)).isEmpty()) {
            throw new AccessDeniedException("Only a sales manager may set targets");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (target.orders() < 0) {
            violations.add(new FieldViolation("orders", "must be at least 0"));
        }
        if (target.revenue().signum() < 0 || target.revenue().stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation("revenue", "must be at least 0, with at most 2 decimals"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (refusal != null) {
            throw refusal;
        }
        store.removeIf(t -> t.salespersonId().equals(target.salespersonId()) && t.month().equals(target.month()));
        store.add(target);
        saved.add(target);
        return target;
    }

    /** @return a target with the revenue given as text */
    static SalesTarget target(String salespersonId, YearMonth month, int orders, String revenue) {
        return new SalesTarget(salespersonId, month, orders, new BigDecimal(revenue));
    }
}
