package org.opensales.sales.api;

/**
 * The requested phase change is not allowed, such as QUOTE to PROSPECT or ORDER to LOST. Nothing was
 * written. The message names the transition.
 */
public class InvalidTransitionException extends SalesException {

    private static final long serialVersionUID = 1L;

    private final Phase from;
    private final Phase to;

    /**
     * Creates the error.
     *
     * @param from the item's phase
     * @param to   the phase asked for
     * @param why  why it is refused, for the caller
     */
    public InvalidTransitionException(Phase from, Phase to, String why) {
        super("Phase change " + from + " -> " + to + " is not allowed: " + why);
        this.from = from;
        this.to = to;
    }

    /** @return the item's phase */
    public Phase from() {
        return from;
    }

    /** @return the phase asked for */
    public Phase to() {
        return to;
    }
}
