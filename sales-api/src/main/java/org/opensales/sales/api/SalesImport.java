package org.opensales.sales.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Loads sales items in bulk, as they stand in another system: the path for a migration from an
 * earlier CRM and for loading large data sets. Far faster than {@link SalesService#create} one by one,
 * with the same field rules.
 * <p>
 * Only a sales manager may import. Each call is one transaction: every item of the call is written,
 * with its extra contacts, tags, shares and one history entry of its phase, or none is. No events are
 * posted for imported items.
 */
@ProviderType
public interface SalesImport {

    /** The most items one call may carry. */
    int MAX_ITEMS_PER_CALL = 10_000;

    /**
     * Imports items. The id and version of each item are ignored; everything else is kept as given:
     * phase, phase dates, probability, amount, source, lost reason and note, active flag, tags, shares,
     * created by and at (now when null). An item must hold the date of its phase (its lost date when
     * LOST), and a LOST item a lost reason from the managed list.
     *
     * @param items the items, 1 to {@link #MAX_ITEMS_PER_CALL}
     * @return the new ids, in the order of the items
     * @throws ValidationException   when an item breaks a rule; each violation's field starts with
     *                               the item's position, as in {@code items[3].amount}; nothing is written
     * @throws AccessDeniedException when the current user is not a sales manager
     */
    List<Long> importItems(List<SalesItem> items);
}
