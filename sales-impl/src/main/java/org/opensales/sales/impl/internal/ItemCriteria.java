package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

/**
 * A {@link SalesFilter} in the form the mapper's shared WHERE clause binds: the words of the text,
 * the sets as sorted lists, the period as a column and day bounds, the amount bounds; plus the access
 * rule: the user whose own and shared items alone may be read, if any, with the ids of the shared ones. Made by {@link FilterCriteria}.
 */
public final class ItemCriteria {

    private final List<TextWord> words;
    private final String wordsMatch;
    private final List<Phase> phases;
    private final List<String> salespersonIds;
    private final boolean includeInactive;
    private final List<String> sources;
    private final List<String> tags;
    private final PeriodField periodField;
    private final LocalDate periodFrom;
    private final LocalDate periodTo;
    private final BigDecimal minAmount;
    private final BigDecimal maxAmount;
    private final String readerId;
    private final List<Long> sharedItemIds;

    ItemCriteria(SalesFilter filter, List<TextWord> words, String readerId, List<Long> sharedItemIds) {
        this.words = List.copyOf(words);
        List<String> indexOnly = words.stream().filter(TextWord::isIndexOnly).map(TextWord::getMatch).toList();
        wordsMatch = indexOnly.isEmpty() ? null : String.join(" ", indexOnly);
        phases = filter.phases().stream().sorted().toList();
        salespersonIds = filter.salespersonIds().stream().sorted().toList();
        includeInactive = filter.includeInactive();
        sources = filter.sources().stream().sorted().toList();
        tags = filter.tags().stream().sorted().toList();
        periodField = filter.periodField();
        periodFrom = filter.periodFrom();
        periodTo = filter.periodTo();
        minAmount = filter.minAmount();
        maxAmount = filter.maxAmount();
        this.readerId = readerId;
        this.sharedItemIds = List.copyOf(sharedItemIds);
    }

    /** @return the words of the text, every one of which an item must match */
    public List<TextWord> getWords() {
        return words;
    }

    /**
     * @return the words the full-text index alone finds, as one boolean-mode search that needs them
     *         all (one index look-up instead of one per word); null when there are none
     */
    public String getWordsMatch() {
        return wordsMatch;
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

    /** @return the lead sources to include; empty for all */
    public List<String> getSources() {
        return sources;
    }

    /** @return tags of which an item must carry one; empty for all */
    public List<String> getTags() {
        return tags;
    }

    /** @return the date the period applies to: CREATED, EXPECTED_CLOSE or CLOSED */
    public String getPeriodField() {
        return periodField.name();
    }

    /** @return the first day of the period, inclusive, or null */
    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    /** @return the last day of the period, inclusive, or null */
    public LocalDate getPeriodTo() {
        return periodTo;
    }

    /** @return the day after the period, the exclusive end for a time of day; null when open-ended */
    public LocalDate getPeriodEnd() {
        return periodTo == null ? null : periodTo.plusDays(1);
    }

    /** @return the smallest amount, inclusive, or null */
    public BigDecimal getMinAmount() {
        return minAmount;
    }

    /** @return the largest amount, inclusive, or null */
    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    /** @return the user whose own and shared items alone may be read; null when every item may be read */
    public String getReaderId() {
        return readerId;
    }

    /**
     * @return true when the criteria use only the dimensions of table {@code sales_rollup}: phases,
     *         salespeople, sources and the inactive flag; and the reader may read every item they select:
     *         there is no reader limit, or they select the reader's own items alone
     */
    boolean fitsRollups() {
        return words.isEmpty() && tags.isEmpty() && periodFrom == null && periodTo == null && minAmount == null
                && maxAmount == null && (readerId == null || salespersonIds.equals(List.of(readerId)));
    }

    /** @return true when the criteria also leave out sources, which {@code sales_rollup_month} does not have */
    boolean fitsMonthRollups() {
        return fitsRollups() && sources.isEmpty();
    }

    /** @return the items shared with the reader, which they may read too; empty when there is no reader */
    public List<Long> getSharedItemIds() {
        return sharedItemIds;
    }
}
