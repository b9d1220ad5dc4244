package org.opensales.sales.impl.internal;

import java.util.Arrays;
import java.util.List;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

/**
 * A {@link SalesFilter} in the form the mapper's shared WHERE clause binds: one LIKE pattern per
 * word of the text, with the LIKE wildcards of the words escaped, and the sets as sorted lists.
 */
public final class ItemCriteria {

    /** The escape character the mapper declares with {@code ESCAPE '!'}. */
    static final char ESCAPE = '!';

    private final List<String> titlePatterns;
    private final List<Phase> phases;
    private final List<String> salespersonIds;

    private ItemCriteria(SalesFilter filter) {
        titlePatterns = filter.text().isEmpty() ? List.of()
                : Arrays.stream(filter.text().split("\\s+")).map(ItemCriteria::containsPattern).toList();
        phases = filter.phases().stream().sorted().toList();
        salespersonIds = filter.salespersonIds().stream().sorted().toList();
    }

    /**
     * @param filter a filter, or null for all items
     * @return the criteria
     */
    static ItemCriteria of(SalesFilter filter) {
        return new ItemCriteria(filter == null ? SalesFilter.all() : filter);
    }

    /**
     * @param word a word the title must contain
     * @return a LIKE pattern matching any text that contains the word literally
     */
    static String containsPattern(String word) {
        StringBuilder pattern = new StringBuilder(word.length() + 4).append('%');
        for (char c : word.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** @return the LIKE patterns that the title must all match */
    public List<String> getTitlePatterns() {
        return titlePatterns;
    }

    /** @return the phases to include; empty for all */
    public List<Phase> getPhases() {
        return phases;
    }

    /** @return the salespeople to include; empty for all */
    public List<String> getSalespersonIds() {
        return salespersonIds;
    }
}
