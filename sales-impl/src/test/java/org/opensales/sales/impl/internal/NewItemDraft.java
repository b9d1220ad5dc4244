package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;

/** A valid {@link NewSalesItem} to change one value at a time in tests. */
final class NewItemDraft {

    private String title = "Valid";
    private long contactId = HostStandIns.ANNA;
    private String salespersonId = "pieter";
    private Phase phase = Phase.PROSPECT;
    private LocalDate expectedCloseDate;
    private Integer probability = 50;
    private BigDecimal amount = new BigDecimal("10.00");
    private String currency = "EUR";
    private String source = "Website";
    private String description;
    private List<Long> extraContactIds;
    private Set<String> tags;
    private Set<String> sharedWith;

    NewItemDraft title(String v) { title = v; return this; }
    NewItemDraft contactId(long v) { contactId = v; return this; }
    NewItemDraft salespersonId(String v) { salespersonId = v; return this; }
    NewItemDraft phase(Phase v) { phase = v; return this; }
    NewItemDraft expectedCloseDate(LocalDate v) { expectedCloseDate = v; return this; }
    NewItemDraft probability(Integer v) { probability = v; return this; }
    NewItemDraft amount(String v) { amount = v == null ? null : new BigDecimal(v); return this; }
    NewItemDraft currency(String v) { currency = v; return this; }
    NewItemDraft source(String v) { source = v; return this; }
    NewItemDraft description(String v) { description = v; return this; }
    NewItemDraft extraContactIds(List<Long> v) { extraContactIds = v; return this; }
    NewItemDraft tags(Set<String> v) { tags = v; return this; }
    NewItemDraft sharedWith(Set<String> v) { sharedWith = v; return this; }

    NewSalesItem build() {
        return new NewSalesItem(title, contactId, salespersonId, phase, expectedCloseDate, probability,
                amount, currency, source, description, extraContactIds, tags, sharedWith);
    }

    @Override
    public String toString() {
        return build().toString();
    }
}
