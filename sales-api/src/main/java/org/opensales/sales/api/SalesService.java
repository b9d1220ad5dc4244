package org.opensales.sales.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores and finds sales items. The one entry point for the UI, shell commands, HTTP endpoints and
 * other modules, so every caller gets the same validation and conflict rules.
 */
@ProviderType
public interface SalesService {

    /**
     * Creates a sales item. Its phase date is stamped with today, and an absent probability takes
     * the phase's default.
     *
     * @param item the new item's data
     * @return the stored item with its id and version
     * @throws ValidationException when a field breaks a rule; nothing is written then
     */
    SalesItem create(NewSalesItem item);

    /**
     * Reads one sales item.
     *
     * @param id the item's id
     * @return the item, or empty when there is none with that id
     */
    Optional<SalesItem> get(long id);

    /**
     * Saves a changed item. The item's version must be the stored version; the saved item gets the
     * next version. Reaching a new phase stamps that phase's date when it has none.
     *
     * @param item a changed copy of a stored item, made with {@link SalesItem#toBuilder()}
     * @return the saved item with its new version
     * @throws ValidationException when a field breaks a rule; nothing is written then
     * @throws ConflictException   when someone else saved the item since it was read
     * @throws NotFoundException   when the item does not exist
     */
    SalesItem update(SalesItem item);

    /**
     * Finds one page of sales items.
     *
     * @param filter which items
     * @param sort   the sort keys, most significant first; the id breaks ties
     * @param offset how many matching items to skip, at least 0
     * @param limit  the largest number of items to return, 1 to 1000
     * @return the page of items
     * @throws ValidationException when offset or limit is out of range
     */
    List<SalesItem> find(SalesFilter filter, List<Sort> sort, int offset, int limit);

    /**
     * Counts the items a filter matches.
     *
     * @param filter which items
     * @return the number of matching items
     */
    long count(SalesFilter filter);
}
