package org.opensales.host.api.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * An entry in the shell's main menu.
 *
 * @param id           the entry's id, also the view name in the URL fragment ({@code #!sales}); a
 *                     lower-case word
 * @param caption      the caption to show, per locale
 * @param order        the position in the menu: entries are sorted by ascending order
 * @param requiredRole the role a user must hold to see the entry, or empty when every user may
 */
public record MenuEntry(String id, Function<Locale, String> caption, int order, String requiredRole) {

    /** Checks the invariants. */
    public MenuEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caption, "caption");
        requiredRole = requiredRole == null ? "" : requiredRole;
    }
}
