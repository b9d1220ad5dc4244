package org.opensales.sales.api;

/**
 * Someone else saved the item after the caller read it. Nothing was written; read the item again
 * and reapply the change.
 */
public class ConflictException extends SalesException {

    private static final long serialVersionUID = 1L;

    private final long itemId;

    /**
     * Creates the error.
     *
     * @param itemId the item's id
     */
    public ConflictException(long itemId) {
        super("Sales item " + itemId + " was changed by someone else since you read it; reload it and try again");
        this.itemId = itemId;
    }

    /** @return the id of the item that was changed by someone else */
    public long itemId() {
        return itemId;
    }
}
