package org.opensales.sales.ui.internal;

/**
 * What became of one inline edit.
 *
 * @param kind    what happened
 * @param message the text to show the user; empty when there is nothing to say
 */
record SaveOutcome(Kind kind, String message) {

    /** The ways an edit can end. */
    enum Kind {
        /** Stored; the row holds the saved item. */
        SAVED,
        /** The value equals the stored one; nothing was sent. */
        UNCHANGED,
        /** The service refused a value; nothing was stored. */
        INVALID,
        /** Someone else saved the item first; the row holds the item as it is now. */
        CONFLICT,
        /** The service refused the change for another reason, such as a missing permission. */
        FAILED
    }

    static SaveOutcome of(Kind kind) {
        return new SaveOutcome(kind, "");
    }
}
