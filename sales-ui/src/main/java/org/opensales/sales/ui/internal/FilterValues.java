package org.opensales.sales.ui.internal;

import java.util.Set;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;

/**
 * What the filter bar holds: a title text, at most one phase and at most one salesperson.
 *
 * @param text          the title text; empty for none
 * @param phase         the phase, or null for all phases
 * @param salespersonId the salesperson's user id, or null for all salespeople
 */
record FilterValues(String text, Phase phase, String salespersonId) {

    static final FilterValues NONE = new FilterValues("", null, null);

    FilterValues {
        text = text == null ? "" : text.strip();
        salespersonId = salespersonId == null || salespersonId.isBlank() ? null : salespersonId;
    }

    SalesFilter toSalesFilter() {
        return SalesFilter.builder()
                .text(text)
                .phases(phase == null ? Set.of() : Set.of(phase))
                .salespersonIds(salespersonId == null ? Set.of() : Set.of(salespersonId))
                .build();
    }

    FilterValues withoutSalesperson() {
        return new FilterValues(text, phase, null);
    }
}
