package org.opensales.sales.impl.internal;

import java.util.Arrays;
import java.util.List;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

/**
 * A {@link SalesFilter} in the form the mapper's shared WHERE clause binds: one LIKE pattern per
 * word of the text, with the LIKE wildcards of the words escaped, and the sets as sorted lists; plus
 * the access rule: the user whose own and shared items alone may be read, if any.
 */
public final class ItemCriteria {

    /** The escape character the mapper declares with {@code ESCAPE '!'}. */
    static final char ESCAPE = '!';

    private final List<String> titlePatterns;
    private final List<Phase> phases;
    private final List<String> salespersonIds;
    private final boolean includeInactive;
    private final String readerId;

    private ItemCriteria(SalesFilter filter, String readerId) {
        titlePatterns = filter.text().isEmpty() ? List.of()
                : Arrays.stream(filter.text().split("\\s+")).map(ItemCriteria::containsPattern).toList();
        phases = filter.phases().stream().sorted().toList();
        salespersonIds = filter.salespersonIds().stream().sorted().toList();
        includeInactive = filter.includeInactive();
        this.readerId = readerId;
    }

    /**
     * @param filter   a filter, or null for all active items
     * @param readerId the user whose own and shared items alone may be read; null for no limit
     * @return the criteria
     */
    static ItemCriteria of(SalesFilter filter, String readerId) {
        return new ItemCriteria(filter == null ? SalesFilter.all() : filter, readerId);
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

    /** @return true to include inactive items */
    public boolean isIncludeInactive() {
        return includeInactive;
    }

    /** @return the user whose own and shared items alone may be read; null when every item may be read */
    public String getReaderId() {
        return readerId;
    }
}
