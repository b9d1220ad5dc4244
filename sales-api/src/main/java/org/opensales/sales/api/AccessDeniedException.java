package org.opensales.sales.api;

/**
 * The current user may not make this call: a salesperson changing someone else's item, a viewer
 * changing anything, or nobody logged in. Nothing was written.
 */
public class AccessDeniedException extends SalesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message who may not do what, for the caller
     */
    public AccessDeniedException(String message) {
        super(message);
    }
}
