package org.opensales.sales.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One sales item (an opportunity): what is being sold to which contact, by whom, in which phase and
 * for how much. Immutable; change a copy made with {@link #toBuilder()} and pass it to
 * {@link SalesService#update(SalesItem)}.
 */
public final class SalesItem {

    private final long id;
    private final long version;
    private final String title;
    private final long contactId;
    private final String salespersonId;
    private final Phase phase;
    private final LocalDate prospectDate;
    private final LocalDate quoteDate;
    private final LocalDate orderDate;
    private final LocalDate invoiceDate;
    private final LocalDate lostDate;
    private final LocalDate expectedCloseDate;
    private final int probability;
    private final BigDecimal amount;
    private final String currency;
    private final String source;
    private final String description;
    private final List<Long> extraContactIds;
    private final boolean probabilityOverridden;
    private final String lostReason;
    private final String lostNote;
    private final Set<String> tags;
    private final boolean active;
    private final Set<String> sharedWith;
    private final String createdBy;
    private final String updatedBy;
    private final Instant createdAt;
    private final Instant updatedAt;

    private SalesItem(Builder b) {
        id = b.id;
        version = b.version;
        title = b.title;
        contactId = b.contactId;
        salespersonId = b.salespersonId;
        phase = Objects.requireNonNull(b.phase, "phase");
        prospectDate = b.prospectDate;
        quoteDate = b.quoteDate;
        orderDate = b.orderDate;
        invoiceDate = b.invoiceDate;
        lostDate = b.lostDate;
        expectedCloseDate = b.expectedCloseDate;
        probability = b.probability;
        amount = b.amount == null ? BigDecimal.ZERO : b.amount;
        currency = b.currency;
        source = b.source == null ? "" : b.source;
        description = b.description == null ? "" : b.description;
        extraContactIds = b.extraContactIds == null ? List.of() : List.copyOf(b.extraContactIds);
        probabilityOverridden = b.probabilityOverridden;
        lostReason = b.lostReason == null ? "" : b.lostReason;
        lostNote = b.lostNote == null ? "" : b.lostNote;
        tags = b.tags == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(b.tags));
        active = b.active;
        sharedWith = b.sharedWith == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(b.sharedWith));
        createdBy = b.createdBy == null ? "" : b.createdBy;
        updatedBy = b.updatedBy == null ? "" : b.updatedBy;
        createdAt = b.createdAt;
        updatedAt = b.updatedAt;
    }

    /**
     * Starts an empty builder, used by the service implementation to build stored items.
     *
     * @return a builder with phase PROSPECT and amount zero
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Copies this item into a builder, to make a changed copy for an update.
     *
     * @return a builder holding every value of this item, version included
     */
    public Builder toBuilder() {
        return new Builder().id(id).version(version).title(title).contactId(contactId)
                .salespersonId(salespersonId).phase(phase).prospectDate(prospectDate)
                .quoteDate(quoteDate).orderDate(orderDate).invoiceDate(invoiceDate).lostDate(lostDate)
                .expectedCloseDate(expectedCloseDate).probability(probability).amount(amount)
                .currency(currency).source(source).description(description).extraContactIds(extraContactIds)
                .probabilityOverridden(probabilityOverridden).lostReason(lostReason).lostNote(lostNote)
                .tags(tags).active(active).sharedWith(sharedWith).createdBy(createdBy).updatedBy(updatedBy)
                .createdAt(createdAt).updatedAt(updatedAt);
    }

    /** @return the item's id, assigned by the service */
    public long id() { return id; }

    /** @return the version read; an update with an older version is refused as a conflict */
    public long version() { return version; }

    /** @return the short description of what is being sold */
    public String title() { return title; }

    /** @return the id of the contact in the host's contact registry */
    public long contactId() { return contactId; }

    /** @return the id of the salesperson (a host user) who owns the item */
    public String salespersonId() { return salespersonId; }

    /** @return the current phase */
    public Phase phase() { return phase; }

    /** @return the day the item became a prospect, or null */
    public LocalDate prospectDate() { return prospectDate; }

    /** @return the day the quote was sent, or null */
    public LocalDate quoteDate() { return quoteDate; }

    /** @return the day the order came in, or null */
    public LocalDate orderDate() { return orderDate; }

    /** @return the day the order was invoiced, or null */
    public LocalDate invoiceDate() { return invoiceDate; }

    /** @return the day the item was lost, or null */
    public LocalDate lostDate() { return lostDate; }

    /** @return the day the salesperson expects the customer to decide, or null */
    public LocalDate expectedCloseDate() { return expectedCloseDate; }

    /** @return the expected score: the chance of an order in percent, 0 to 100 */
    public int probability() { return probability; }

    /** @return the total amount, never null, two decimals */
    public BigDecimal amount() { return amount; }

    /** @return the ISO 4217 code of the amount's currency, such as {@code "EUR"} */
    public String currency() { return currency; }

    /** @return the source of the lead (for ROI), or an empty string when not recorded */
    public String source() { return source; }

    /** @return the longer description of what is being sold; empty when none */
    public String description() { return description; }

    /** @return further contacts involved (host contact ids), besides the main contact */
    public List<Long> extraContactIds() { return extraContactIds; }

    /**
     * Tells whether the salesperson set the probability. An overridden probability stays when the
     * phase changes; otherwise the probability follows the phase's default.
     *
     * @return true when the probability was set by hand
     */
    public boolean probabilityOverridden() { return probabilityOverridden; }

    /** @return the reason the item was lost (a name from the managed list); empty unless LOST */
    public String lostReason() { return lostReason; }

    /** @return the salesperson's note on why the item was lost; may be empty */
    public String lostNote() { return lostNote; }

    /** @return the tags (classifications), sorted */
    public Set<String> tags() { return tags; }

    /** @return false when the item was set aside; inactive items are hidden unless a filter asks */
    public boolean active() { return active; }

    /** @return the ids of the users the owner shared the item with; they may read it */
    public Set<String> sharedWith() { return sharedWith; }

    /** @return the id of the user who created the item */
    public String createdBy() { return createdBy; }

    /** @return the id of the user who changed the item last */
    public String updatedBy() { return updatedBy; }

    /** @return when the item was created */
    public Instant createdAt() { return createdAt; }

    /** @return when the item was last changed */
    public Instant updatedAt() { return updatedAt; }

    /**
     * The weighted amount: amount times probability divided by 100, as counted in the weighted
     * pipeline.
     *
     * @return the weighted amount, two decimals
     */
    public BigDecimal weightedAmount() {
        return amount.multiply(BigDecimal.valueOf(probability))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalesItem other && id == other.id && version == other.version;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Long.hashCode(version);
    }

    @Override
    public String toString() {
        return "SalesItem[" + id + " v" + version + " " + phase + " " + amount + " " + currency + "]";
    }

    /** Builds {@link SalesItem}s; obtained from {@link SalesItem#builder()} or {@link SalesItem#toBuilder()}. */
    public static final class Builder {
        private long id;
        private long version;
        private String title;
        private long contactId;
        private String salespersonId;
        private Phase phase = Phase.PROSPECT;
        private LocalDate prospectDate;
        private LocalDate quoteDate;
        private LocalDate orderDate;
        private LocalDate invoiceDate;
        private LocalDate lostDate;
        private LocalDate expectedCloseDate;
        private int probability;
        private BigDecimal amount = BigDecimal.ZERO;
        private String currency = "EUR";
        private String source = "";
        private String description = "";
        private List<Long> extraContactIds = List.of();
        private boolean probabilityOverridden;
        private String lostReason = "";
        private String lostNote = "";
        private Set<String> tags = Set.of();
        private boolean active = true;
        private Set<String> sharedWith = Set.of();
        private String createdBy = "";
        private String updatedBy = "";
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        /** @param v the id @return this builder */
        public Builder id(long v) { id = v; return this; }

        /** @param v the version @return this builder */
        public Builder version(long v) { version = v; return this; }

        /** @param v the title @return this builder */
        public Builder title(String v) { title = v; return this; }

        /** @param v the contact id @return this builder */
        public Builder contactId(long v) { contactId = v; return this; }

        /** @param v the salesperson's user id @return this builder */
        public Builder salespersonId(String v) { salespersonId = v; return this; }

        /** @param v the phase @return this builder */
        public Builder phase(Phase v) { phase = v; return this; }

        /** @param v the prospect date @return this builder */
        public Builder prospectDate(LocalDate v) { prospectDate = v; return this; }

        /** @param v the quote date @return this builder */
        public Builder quoteDate(LocalDate v) { quoteDate = v; return this; }

        /** @param v the order date @return this builder */
        public Builder orderDate(LocalDate v) { orderDate = v; return this; }

        /** @param v the invoice date @return this builder */
        public Builder invoiceDate(LocalDate v) { invoiceDate = v; return this; }

        /** @param v the lost date @return this builder */
        public Builder lostDate(LocalDate v) { lostDate = v; return this; }

        /** @param v the expected close date @return this builder */
        public Builder expectedCloseDate(LocalDate v) { expectedCloseDate = v; return this; }

            /**
         * Sets the probability. {@link SalesService#update} marks a changed probability as set by hand.
         *
         * @param v the probability in percent
         * @return this builder
         */
        public Builder probability(int v) { probability = v; return this; }

        /** @param v the amount @return this builder */
        public Builder amount(BigDecimal v) { amount = v; return this; }

        /** @param v the ISO 4217 currency code @return this builder */
        public Builder currency(String v) { currency = v; return this; }

        /** @param v the lead source @return this builder */
        public Builder source(String v) { source = v; return this; }

        /** @param v the description @return this builder */
        public Builder description(String v) { description = v; return this; }

        /** @param v the further contacts' ids @return this builder */
        public Builder extraContactIds(List<Long> v) { extraContactIds = v; return this; }

        /** @param v true when the probability is set by hand @return this builder */
        public Builder probabilityOverridden(boolean v) { probabilityOverridden = v; return this; }

        /** @param v the lost reason @return this builder */
        public Builder lostReason(String v) { lostReason = v; return this; }

        /** @param v the note on why the item was lost @return this builder */
        public Builder lostNote(String v) { lostNote = v; return this; }

        /** @param v the tags @return this builder */
        public Builder tags(Set<String> v) { tags = v; return this; }

        /** @param v false to set the item aside @return this builder */
        public Builder active(boolean v) { active = v; return this; }

        /** @param v the users the item is shared with @return this builder */
        public Builder sharedWith(Set<String> v) { sharedWith = v; return this; }

        /** @param v the creator's user id @return this builder */
        public Builder createdBy(String v) { createdBy = v; return this; }

        /** @param v the last editor's user id @return this builder */
        public Builder updatedBy(String v) { updatedBy = v; return this; }

        /** @param v the creation time @return this builder */
        public Builder createdAt(Instant v) { createdAt = v; return this; }

        /** @param v the time of the last change @return this builder */
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }

        /** @return the item */
        public SalesItem build() { return new SalesItem(this); }
    }
}
