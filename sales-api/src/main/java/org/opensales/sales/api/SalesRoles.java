package org.opensales.sales.api;

/**
 * The host roles the Sales module understands. A user's roles come from the host's user directory.
 */
public final class SalesRoles {

    /** Reads and edits all sales items and sets targets. */
    public static final String SALES_MANAGER = "sales-manager";

    /** Reads own items and items shared with them; edits own items. */
    public static final String SALESPERSON = "salesperson";

    /** Reads sales items and reports, changes nothing. */
    public static final String SALES_VIEWER = "sales-viewer";

    private SalesRoles() {
    }
}
