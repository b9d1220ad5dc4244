package org.opensales.sales.api;

import java.util.Set;

/**
 * Which sales items a list, count or report covers. Every part is optional; an empty filter
 * matches all items the caller may see.
 *
 * @param text           words that the title must contain, ignoring case; blank for no text filter
 * @param phases         the phases to include; empty for all phases
 * @param salespersonIds the salespeople whose items to include; empty for all
 */
public record SalesFilter(String text, Set<Phase> phases, Set<String> salespersonIds) {

    /** Freezes the sets and turns absent values into empty ones. */
    public SalesFilter {
        text = text == null ? "" : text.strip();
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        salespersonIds = salespersonIds == null ? Set.of() : Set.copyOf(salespersonIds);
    }

    /**
     * The filter that matches everything.
     *
     * @return an empty filter
     */
    public static SalesFilter all() {
        return new SalesFilter("", Set.of(), Set.of());
    }

    /**
     * A copy of this filter narrowed to one salesperson, as used by a salesperson's block.
     *
     * @param salespersonId the salesperson's user id
     * @return the narrowed filter
     */
    public SalesFilter forSalesperson(String salespersonId) {
        return new SalesFilter(text, phases, Set.of(salespersonId));
    }
}
