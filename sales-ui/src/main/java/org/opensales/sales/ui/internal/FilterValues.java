package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

/**
 * What the filter bar holds. A period without dates is no period, so its field then reads CREATED.
 *
 * @param text          words to find in the title, description or contact name; empty for none
 * @param phases        the phases to include; empty for all
 * @param salespersonId the salesperson's user id, or null for all salespeople
 * @param source        the lead source, or null for all
 * @param tag           a tag the items must carry, or null for any
 * @param periodField   which date the period applies to
 * @param from          the first day of the period, or null
 * @param to            the last day of the period, or null
 * @param minAmount     the smallest amount, or null
 * @param maxAmount     the largest amount, or null
 * @param inactive      true to include inactive items
 */
record FilterValues(String text, Set<Phase> phases, String salespersonId, String source, String tag,
                    PeriodField periodField, LocalDate from, LocalDate to, BigDecimal minAmount,
                    BigDecimal maxAmount, boolean inactive) {

    static final FilterValues NONE = new FilterValues("", null, null);

    FilterValues {
        text = text == null ? "" : text.strip();
        phases = phases == null || phases.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(phases));
        salespersonId = blankToNull(salespersonId);
        source = blankToNull(source);
        tag = blankToNull(tag);
        periodField = periodField == null || from == null && to == null ? PeriodField.CREATED : periodField;
        minAmount = minAmount == null ? null : minAmount.stripTrailingZeros();
        maxAmount = maxAmount == null ? null : maxAmount.stripTrailingZeros();
    }

    /** The common short form: text, at most one phase and at most one salesperson. */
    FilterValues(String text, Phase phase, String salespersonId) {
        this(text, phase == null ? Set.of() : Set.of(phase), salespersonId, null, null, null, null, null, null, null,
                false);
    }

    SalesFilter toSalesFilter() {
        return SalesFilter.builder()
                .text(text)
                .phases(phases)
                .salespersonIds(salespersonId == null ? Set.of() : Set.of(salespersonId))
                .sources(source == null ? Set.of() : Set.of(source))
                .tags(tag == null ? Set.of() : Set.of(tag))
                .period(periodField, from, to)
                .minAmount(minAmount)
                .maxAmount(maxAmount)
                .includeInactive(inactive)
                .build();
    }

    FilterValues withoutSalesperson() {
        return new FilterValues(text, phases, null, source, tag, periodField, from, to, minAmount, maxAmount,
                inactive);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
