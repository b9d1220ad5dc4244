package org.opensales.sales.api;

import java.util.Objects;
import java.util.Set;

/**
 * Which sales items a list, count or report covers. Every part is optional; an empty filter
 * matches all active items the caller may see. Build one with {@link #builder()}.
 */
public final class SalesFilter {

    private static final SalesFilter ALL = builder().build();

    private final String text;
    private final Set<Phase> phases;
    private final Set<String> salespersonIds;
    private final boolean includeInactive;

    private SalesFilter(Builder b) {
        text = b.text == null ? "" : b.text.strip();
        phases = b.phases == null ? Set.of() : Set.copyOf(b.phases);
        salespersonIds = b.salespersonIds == null ? Set.of() : Set.copyOf(b.salespersonIds);
        includeInactive = b.includeInactive;
    }

    /**
     * The filter that matches every active item the caller may see.
     *
     * @return an empty filter
     */
    public static SalesFilter all() {
        return ALL;
    }

    /**
     * Starts an empty filter.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Copies this filter into a builder, to change a part of it.
     *
     * @return a builder holding every part of this filter
     */
    public Builder toBuilder() {
        return new Builder().text(text).phases(phases).salespersonIds(salespersonIds).includeInactive(includeInactive);
    }

    /**
     * A copy of this filter narrowed to one salesperson, as used by a salesperson's block.
     *
     * @param salespersonId the salesperson's user id
     * @return the narrowed filter
     */
    public SalesFilter forSalesperson(String salespersonId) {
        return toBuilder().salespersonIds(Set.of(salespersonId)).build();
    }

    /** @return words that the title must all contain, ignoring case; empty for no text filter */
    public String text() { return text; }

    /** @return the phases to include; empty for all phases */
    public Set<Phase> phases() { return phases; }

    /** @return the salespeople whose items to include; empty for all */
    public Set<String> salespersonIds() { return salespersonIds; }

    /** @return true to include inactive items as well as active ones */
    public boolean includeInactive() { return includeInactive; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalesFilter f && text.equals(f.text) && phases.equals(f.phases)
                && salespersonIds.equals(f.salespersonIds) && includeInactive == f.includeInactive;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, phases, salespersonIds, includeInactive);
    }

    @Override
    public String toString() {
        return "SalesFilter[text=" + text + ", phases=" + phases + ", salespersonIds=" + salespersonIds
                + ", includeInactive=" + includeInactive + "]";
    }

    /** Builds {@link SalesFilter}s. */
    public static final class Builder {
        private String text;
        private Set<Phase> phases;
        private Set<String> salespersonIds;
        private boolean includeInactive;

        private Builder() {
        }

        /** @param v words the title must contain @return this builder */
        public Builder text(String v) { text = v; return this; }

        /** @param v the phases to include, empty for all @return this builder */
        public Builder phases(Set<Phase> v) { phases = v; return this; }

        /** @param v the salespeople to include, empty for all @return this builder */
        public Builder salespersonIds(Set<String> v) { salespersonIds = v; return this; }

        /** @param v true to include inactive items @return this builder */
        public Builder includeInactive(boolean v) { includeInactive = v; return this; }

        /** @return the filter */
        public SalesFilter build() { return new SalesFilter(this); }
    }
}
