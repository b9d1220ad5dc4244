package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/** One row of table {@code sales_item} as MyBatis reads and writes it; times are in UTC. */
final class SalesItemRow {

    long id;
    long version;
    String title;
    long contactId;
    String salespersonId;
    Phase phase;
    LocalDate prospectDate;
    LocalDate quoteDate;
    LocalDate orderDate;
    LocalDate invoiceDate;
    LocalDate lostDate;
    LocalDate expectedCloseDate;
    int probability;
    BigDecimal amount;
    String currency;
    String source;
    String description;
    boolean probabilityOverridden;
    String lostReason;
    String lostNote;
    boolean active;
    String createdBy;
    String updatedBy;
    LocalDateTime createdAt;
    LocalDateTime updatedAt;

    static SalesItemRow of(SalesItem item) {
        SalesItemRow row = new SalesItemRow();
        row.id = item.id();
        row.version = item.version();
        row.title = item.title();
        row.contactId = item.contactId();
        row.salespersonId = item.salespersonId();
        row.phase = item.phase();
        row.prospectDate = item.prospectDate();
        row.quoteDate = item.quoteDate();
        row.orderDate = item.orderDate();
        row.invoiceDate = item.invoiceDate();
        row.lostDate = item.lostDate();
        row.expectedCloseDate = item.expectedCloseDate();
        row.probability = item.probability();
        row.amount = item.amount();
        row.currency = item.currency();
        row.source = item.source();
        row.description = item.description();
        row.probabilityOverridden = item.probabilityOverridden();
        row.lostReason = item.lostReason();
        row.lostNote = item.lostNote();
        row.active = item.active();
        row.createdBy = item.createdBy();
        row.updatedBy = item.updatedBy();
        return row;
    }

    /**
     * @param extraContactIds the item's further contacts, in order
     * @param tags            its tags
     * @param sharedWith      the users it is shared with
     * @return the item
     */
    SalesItem toItem(List<Long> extraContactIds, Set<String> tags, Set<String> sharedWith) {
        return SalesItem.builder().id(id).version(version).title(title).contactId(contactId)
                .salespersonId(salespersonId).phase(phase).prospectDate(prospectDate)
                .quoteDate(quoteDate).orderDate(orderDate).invoiceDate(invoiceDate).lostDate(lostDate)
                .expectedCloseDate(expectedCloseDate).probability(probability).amount(amount)
                .currency(currency).source(source).description(description)
                .probabilityOverridden(probabilityOverridden).lostReason(lostReason).lostNote(lostNote)
                .active(active).createdBy(createdBy).updatedBy(updatedBy)
                .extraContactIds(extraContactIds).tags(tags).sharedWith(sharedWith)
                .createdAt(createdAt.toInstant(ZoneOffset.UTC))
                .updatedAt(updatedAt.toInstant(ZoneOffset.UTC))
                .build();
    }
}
