package org.opensales.sales.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores and finds sales items. The one entry point for the UI, shell commands, HTTP endpoints and
 * other modules, so every caller gets the same validation, phase, conflict and access rules.
 * <p>
 * Access follows the current user of the host's user directory: a sales manager reads and changes
 * every item; a salesperson reads own items and items shared with them, and changes own items; a
 * sales viewer reads every item and changes nothing. Lists, counts and look-ups leave out what the
 * user may not read; a change the user may not make throws {@link AccessDeniedException}.
 */
@ProviderType
public interface SalesService {

    /**
     * Creates a sales item. The date of its starting phase is stamped with today, and an absent
     * probability takes the phase's default. The item and its first history entry are written
     * together, or not at all.
     *
     * @param item the new item's data
     * @return the stored item with its id and version
     * @throws ValidationException   when a field breaks a rule; nothing is written then
     * @throws AccessDeniedException when the user may not create items for that salesperson
     */
    SalesItem create(NewSalesItem item);

    /**
     * Reads one sales item.
     *
     * @param id the item's id
     * @return the item, or empty when there is none with that id or the user may not read it
     */
    Optional<SalesItem> get(long id);

    /**
     * Saves a changed item. The item's version must be the stored version; the saved item gets the
     * next version. Reaching a new phase stamps that phase's date when it has none, and moves a
     * probability not set by hand to the new phase's default. Every change of phase, amount,
     * probability, expected close date, salesperson and source is added to the history.
     *
     * @param item a changed copy of a stored item, made with {@link SalesItem#toBuilder()}
     * @return the saved item with its new version
     * @throws ValidationException        when a field breaks a rule; nothing is written then
     * @throws InvalidTransitionException when the phase change is not allowed (see {@link Phase#canMoveTo})
     * @throws ConflictException          when someone else saved the item since it was read
     * @throws NotFoundException          when the item does not exist or the user may not read it
     * @throws AccessDeniedException      when the user may read but not change the item
     */
    SalesItem update(SalesItem item);

    /**
     * Marks an open item won: moves it to ORDER.
     *
     * @param id      the item's id
     * @param version the version the caller read
     * @return the saved item
     * @throws InvalidTransitionException when the item is not open
     * @throws ConflictException          when the version is stale
     * @throws NotFoundException          when the item does not exist or the user may not read it
     * @throws AccessDeniedException      when the user may not change the item
     */
    SalesItem markWon(long id, long version);

    /**
     * Marks an open item lost, with a reason from the managed list and an optional note.
     *
     * @param id      the item's id
     * @param version the version the caller read
     * @param reason  the lost reason; required, an active entry of {@link SalesCatalog#lostReasons()}
     * @param note    the salesperson's note; may be empty
     * @return the saved item
     * @throws ValidationException        when the reason is missing or unknown
     * @throws InvalidTransitionException when the item is not open
     * @throws ConflictException          when the version is stale
     * @throws NotFoundException          when the item does not exist or the user may not read it
     * @throws AccessDeniedException      when the user may not change the item
     */
    SalesItem markLost(long id, long version, String reason, String note);

    /**
     * Reopens a lost item: it returns to the phase it had before it was lost, and its lost date,
     * reason and note are cleared. The history keeps the whole story.
     *
     * @param id      the item's id
     * @param version the version the caller read
     * @return the saved item
     * @throws InvalidTransitionException when the item is not lost
     * @throws ConflictException          when the version is stale
     * @throws NotFoundException          when the item does not exist or the user may not read it
     * @throws AccessDeniedException      when the user may not change the item
     */
    SalesItem reopen(long id, long version);

    /**
     * Reads the history of an item, oldest first.
     *
     * @param id the item's id
     * @return every recorded change
     * @throws NotFoundException when the item does not exist or the user may not read it
     */
    List<HistoryEntry> history(long id);

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
     * Finds the page of sales items that follows a given item in the given order: the way to page
     * through a long list at a cost that does not grow with the depth. Pass the last item of one
     * page to get the next; a null {@code after} gives the first page, as {@code find} with offset 0.
     * The order is the same as {@link #find}'s, the id breaking ties, so paging this way never skips
     * or repeats an item that did not change in between.
     *
     * @param filter which items
     * @param sort   the sort keys, most significant first; the id breaks ties
     * @param after  the item the page starts after, as read before (its sort values and id are used);
     *               null for the first page
     * @param limit  the largest number of items to return, 1 to 1000
     * @return the page of items
     * @throws ValidationException when limit is out of range
     */
    List<SalesItem> findAfter(SalesFilter filter, List<Sort> sort, SalesItem after, int limit);

    /**
     * Counts the items a filter matches.
     *
     * @param filter which items
     * @return the number of matching items
     */
    long count(SalesFilter filter);

    /**
     * The items of a contact, as the contact's page in the CRM shows them: every item, active or
     * not, where the contact is the main or an extra contact, newest first.
     *
     * @param contactId the contact's id
     * @return the items the user may read
     */
    List<SalesItem> itemsOfContact(long contactId);

    /**
     * The open pipeline of a contact: the active PROSPECT and QUOTE items where the contact is the
     * main contact, by expected close date.
     *
     * @param contactId the contact's id
     * @return the open items the user may read
     */
    List<SalesItem> openPipelineOfContact(long contactId);
}
