package org.opensales.sales.ui.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesRoles;
import org.opensales.sales.api.SalesTarget;
import org.opensales.sales.api.SalesTargets;

/** The salespeople's monthly targets as the targets dialog edits them; only a sales manager may. */
final class MonthlyTargets {

    private final SalesTargets targets;
    private final UserDirectory users;
    private final List<CrmUser> salespeople;

    /**
     * @param targets     the service that stores the targets
     * @param users       the host's users, for the current user
     * @param salespeople the users who get targets, ordered by display name
     */
    MonthlyTargets(SalesTargets targets, UserDirectory users, List<CrmUser> salespeople) {
        this.targets = targets;
        this.users = users;
        this.salespeople = List.copyOf(salespeople);
    }

    /** @return true when the current user is a sales manager */
    boolean editable() {
        return users.currentUser().map(user -> user.hasRole(SalesRoles.SALES_MANAGER)).orElse(false);
    }

    List<CrmUser> salespeople() {
        return salespeople;
    }

    /** @return the targets set for a month, by salesperson id */
    Map<String, SalesTarget> of(YearMonth month) {
        Map<String, SalesTarget> bySalesperson = new HashMap<>();
        targets.targets(month, month).forEach(target -> bySalesperson.put(target.salespersonId(), target));
        return bySalesperson;
    }

    /** @return the stored target, as {@link SalesTargets#save} returns it */
    SalesTarget save(SalesTarget target) {
        return targets.save(target);
    }
}
