package org.opensales.sales.api;

/**
 * The OSGi EventAdmin topics the Sales module posts, and the properties of its events. Events are
 * posted asynchronously after the change is committed. Subscribe with an {@code EventHandler}
 * registered with {@code event.topics=org/opensales/sales/item/*} or one of the topics below.
 */
public final class SalesEvents {

    /** A sales item was created. */
    public static final String CREATED = "org/opensales/sales/item/CREATED";

    /** A sales item was changed (any change, a phase change included). */
    public static final String UPDATED = "org/opensales/sales/item/UPDATED";

    /** A sales item moved to another phase; {@link #PREVIOUS_PHASE} says from where. */
    public static final String PHASE_CHANGED = "org/opensales/sales/item/PHASE_CHANGED";

    /** A sales item was won: it reached ORDER or INVOICE from an open phase. */
    public static final String WON = "org/opensales/sales/item/WON";

    /** A sales item was lost. */
    public static final String LOST = "org/opensales/sales/item/LOST";

    /** Property: the item's id, a {@code Long}. */
    public static final String ITEM_ID = "itemId";

    /** Property: the item's version after the change, a {@code Long}. */
    public static final String VERSION = "version";

    /** Property: the item's title, a {@code String}. */
    public static final String TITLE = "title";

    /** Property: the main contact's id, a {@code Long}. */
    public static final String CONTACT_ID = "contactId";

    /** Property: the owning salesperson's user id, a {@code String}. */
    public static final String SALESPERSON_ID = "salespersonId";

    /** Property: the phase after the change, the {@link Phase} name as a {@code String}. */
    public static final String PHASE = "phase";

    /** Property: the phase before the change, a {@code String}; only on PHASE_CHANGED, WON and LOST. */
    public static final String PREVIOUS_PHASE = "previousPhase";

    /** Property: the amount, a {@code java.math.BigDecimal}. */
    public static final String AMOUNT = "amount";

    /** Property: the ISO 4217 currency code, a {@code String}. */
    public static final String CURRENCY = "currency";

    /** Property: the user who made the change, a {@code String}. */
    public static final String USER_ID = "userId";

    private SalesEvents() {
    }
}
