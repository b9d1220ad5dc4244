package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

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
        return row;
    }

    SalesItem toItem() {
        return SalesItem.builder().id(id).version(version).title(title).contactId(contactId)
                .salespersonId(salespersonId).phase(phase).prospectDate(prospectDate)
                .quoteDate(quoteDate).orderDate(orderDate).invoiceDate(invoiceDate).lostDate(lostDate)
                .expectedCloseDate(expectedCloseDate).probability(probability).amount(amount)
                .currency(currency).source(source)
                .createdAt(createdAt.toInstant(ZoneOffset.UTC))
                .updatedAt(updatedAt.toInstant(ZoneOffset.UTC))
                .build();
    }
}
