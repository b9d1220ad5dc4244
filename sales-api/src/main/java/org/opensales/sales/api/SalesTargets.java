package org.opensales.sales.api;

import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The monthly targets of the salespeople. Everyone with a sales role reads them; a sales manager sets them. */
@ProviderType
public interface SalesTargets {

    /**
     * Lists the targets of the months in a range, by month and salesperson.
     *
     * @param from the first month, inclusive
     * @param to   the last month, inclusive
     * @return the targets set for those months
     */
    List<SalesTarget> targets(YearMonth from, YearMonth to);

    /**
     * Sets the target of a salesperson for a month, replacing an earlier one.
     *
     * @param target the target
     * @return the stored target
     * @throws ValidationException   when the salesperson is unknown or a figure negative
     * @throws AccessDeniedException when the current user is not a sales manager
     */
    SalesTarget save(SalesTarget target);
}
