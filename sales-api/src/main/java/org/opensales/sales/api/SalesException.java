package org.opensales.sales.api;

/**
 * The base of the errors the Sales API throws. Its message is written for the person who made the
 * call.
 */
public class SalesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an error.
     *
     * @param message what went wrong, for the caller
     */
    public SalesException(String message) {
        super(message);
    }

    /**
     * Creates an error with its cause.
     *
     * @param message what went wrong, for the caller
     * @param cause   the underlying error
     */
    public SalesException(String message, Throwable cause) {
        super(message, cause);
    }
}
