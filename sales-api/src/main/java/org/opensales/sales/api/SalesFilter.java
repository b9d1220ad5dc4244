package org.opensales.sales.api;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    private final Set<String> sources;
    private final Set<String> tags;
    private final PeriodField periodField;
    private final LocalDate periodFrom;
    private final LocalDate periodTo;
    private final BigDecimal minAmount;
    private final BigDecimal maxAmount;

    private SalesFilter(Builder b) {
        text = b.text == null ? "" : b.text.strip();
        phases = b.phases == null ? Set.of() : Set.copyOf(b.phases);
        salespersonIds = b.salespersonIds == null ? Set.of() : Set.copyOf(b.salespersonIds);
        includeInactive = b.includeInactive;
        sources = b.sources == null ? Set.of() : Set.copyOf(b.sources);
        tags = b.tags == null ? Set.of() : Set.copyOf(b.tags);
        periodField = b.periodField == null ? PeriodField.CREATED : b.periodField;
        periodFrom = b.periodFrom;
        periodTo = b.periodTo;
        minAmount = b.minAmount;
        maxAmount = b.maxAmount;
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
        return new Builder().text(text).phases(phases).salespersonIds(salespersonIds).includeInactive(includeInactive)
                .sources(sources).tags(tags).period(periodField, periodFrom, periodTo)
                .minAmount(minAmount).maxAmount(maxAmount);
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

    /**
     * @return words that must each appear in the title, the description or the main contact's name,
     *         ignoring case; empty for no text filter
     */
    public String text() { return text; }

    /** @return the phases to include; empty for all phases */
    public Set<Phase> phases() { return phases; }

    /** @return the salespeople whose items to include; empty for all */
    public Set<String> salespersonIds() { return salespersonIds; }

    /** @return true to include inactive items as well as active ones */
    public boolean includeInactive() { return includeInactive; }

    /** @return the lead sources to include; empty for all */
    public Set<String> sources() { return sources; }

    /** @return tags of which an item must carry at least one; empty for no tag filter */
    public Set<String> tags() { return tags; }

    /** @return which date the period applies to; CREATED when no period is set */
    public PeriodField periodField() { return periodField; }

    /** @return the first day of the period, inclusive, or null for open-ended */
    public LocalDate periodFrom() { return periodFrom; }

    /** @return the last day of the period, inclusive, or null for open-ended */
    public LocalDate periodTo() { return periodTo; }

    /** @return the smallest amount to include, or null */
    public BigDecimal minAmount() { return minAmount; }

    /** @return the largest amount to include, or null */
    public BigDecimal maxAmount() { return maxAmount; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalesFilter f && text.equals(f.text) && phases.equals(f.phases)
                && salespersonIds.equals(f.salespersonIds) && includeInactive == f.includeInactive
                && sources.equals(f.sources) && tags.equals(f.tags) && periodField == f.periodField
                && Objects.equals(periodFrom, f.periodFrom) && Objects.equals(periodTo, f.periodTo)
                && Objects.equals(minAmount, f.minAmount) && Objects.equals(maxAmount, f.maxAmount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, phases, salespersonIds, includeInactive, sources, tags, periodField, periodFrom,
                periodTo, minAmount, maxAmount);
    }

    @Override
    public String toString() {
        return "SalesFilter[text=" + text + ", phases=" + phases + ", salespersonIds=" + salespersonIds
                + ", includeInactive=" + includeInactive + ", sources=" + sources + ", tags=" + tags
                + ", period=" + periodField + " " + periodFrom + ".." + periodTo
                + ", amount=" + minAmount + ".." + maxAmount + "]";
    }

    /** Builds {@link SalesFilter}s. */
    public static final class Builder {
        private String text;
        private Set<Phase> phases;
        private Set<String> salespersonIds;
        private boolean includeInactive;
        private Set<String> sources;
        private Set<String> tags;
        private PeriodField periodField;
        private LocalDate periodFrom;
        private LocalDate periodTo;
        private BigDecimal minAmount;
        private BigDecimal maxAmount;

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

        /** @param v the lead sources to include, empty for all @return this builder */
        public Builder sources(Set<String> v) { sources = v; return this; }

        /** @param v tags of which an item must carry one, empty for all @return this builder */
        public Builder tags(Set<String> v) { tags = v; return this; }

        /**
         * Sets the period.
         *
         * @param field which date the period applies to
         * @param from  the first day, inclusive, or null
         * @param to    the last day, inclusive, or null
         * @return this builder
         */
        public Builder period(PeriodField field, LocalDate from, LocalDate to) {
            periodField = field;
            periodFrom = from;
            periodTo = to;
            return this;
        }

        /** @param v the smallest amount, or null @return this builder */
        public Builder minAmount(BigDecimal v) { minAmount = v; return this; }

        /** @param v the largest amount, or null @return this builder */
        public Builder maxAmount(BigDecimal v) { maxAmount = v; return this; }

        /** @return the filter */
        public SalesFilter build() { return new SalesFilter(this); }
    }
}
