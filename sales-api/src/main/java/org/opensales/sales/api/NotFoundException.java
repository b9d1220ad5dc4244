package org.opensales.sales.api;

/** The sales item does not exist. */
public class NotFoundException extends SalesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param itemId the id that was not found
     */
    public NotFoundException(long itemId) {
        super("Sales item " + itemId + " does not exist");
    }
}
