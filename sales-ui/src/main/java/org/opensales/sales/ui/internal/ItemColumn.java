package org.opensales.sales.ui.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.opensales.sales.api.SalesItem;

/**
 * The columns a salesperson block and the CSV export can show: one per field of a sales item, in the
 * order they appear. Each gives the raw value of a row; {@link CellFormat} turns it into text.
 */
enum ItemColumn {
    TITLE("title", Text.COLUMN_TITLE, SortMapping.TITLE, item -> item.title()),
    DESCRIPTION("description", Text.COLUMN_DESCRIPTION, null, SalesItem::description),
    CONTACT("contact", Text.COLUMN_CONTACT, null, null),
    EXTRA_CONTACTS("extraContacts", Text.COLUMN_EXTRA_CONTACTS, null, item -> item.extraContactIds().size()),
    SALESPERSON("salesperson", Text.COLUMN_SALESPERSON, null, item -> new UserIds(List.of(item.salespersonId()))),
    PHASE("phase", Text.COLUMN_PHASE, SortMapping.PHASE, SalesItem::phase),
    PROBABILITY("probability", Text.COLUMN_PROBABILITY, SortMapping.PROBABILITY, SalesItem::probability),
    AMOUNT("amount", Text.COLUMN_AMOUNT, SortMapping.AMOUNT, SalesItem::amount),
    CURRENCY("currency", Text.COLUMN_CURRENCY, null, SalesItem::currency),
    WEIGHTED_AMOUNT("weightedAmount", Text.COLUMN_WEIGHTED, null, SalesItem::weightedAmount),
    EXPECTED_CLOSE_DATE("expectedCloseDate", Text.COLUMN_CLOSE_DATE, SortMapping.EXPECTED_CLOSE_DATE,
            SalesItem::expectedCloseDate),
    SOURCE("source", Text.COLUMN_SOURCE, SortMapping.SOURCE, SalesItem::source),
    TAGS("tags", Text.COLUMN_TAGS, null, SalesItem::tags),
    LOST_REASON("lostReason", Text.COLUMN_LOST_REASON, null, SalesItem::lostReason),
    LOST_NOTE("lostNote", Text.COLUMN_LOST_NOTE, null, SalesItem::lostNote),
    PROSPECT_DATE("prospectDate", Text.COLUMN_PROSPECT_DATE, null, SalesItem::prospectDate),
    QUOTE_DATE("quoteDate", Text.COLUMN_QUOTE_DATE, null, SalesItem::quoteDate),
    ORDER_DATE("orderDate", Text.COLUMN_ORDER_DATE, null, SalesItem::orderDate),
    INVOICE_DATE("invoiceDate", Text.COLUMN_INVOICE_DATE, null, SalesItem::invoiceDate),
    LOST_DATE("lostDate", Text.COLUMN_LOST_DATE, null, SalesItem::lostDate),
    ACTIVE("active", Text.COLUMN_ACTIVE, null, SalesItem::active),
    SHARED_WITH("sharedWith", Text.COLUMN_SHARED_WITH, null, item -> new UserIds(List.copyOf(item.sharedWith()))),
    CREATED_AT("createdAt", Text.COLUMN_CREATED_AT, null, SalesItem::createdAt),
    CREATED_BY("createdBy", Text.COLUMN_CREATED_BY, null, item -> new UserIds(List.of(item.createdBy()))),
    UPDATED_AT("updatedAt", Text.COLUMN_UPDATED_AT, SortMapping.UPDATED_AT, SalesItem::updatedAt),
    UPDATED_BY("updatedBy", Text.COLUMN_UPDATED_BY, null, item -> new UserIds(List.of(item.updatedBy()))),
    ID("id", Text.COLUMN_ID, SortMapping.ID, SalesItem::id);

    /** The columns a user sees before choosing: title, contact, phase, probability, amount, close date, source. */
    static final Set<ItemColumn> DEFAULTS = EnumSet.of(TITLE, CONTACT, PHASE, PROBABILITY, AMOUNT,
            EXPECTED_CLOSE_DATE, SOURCE);

    /** User ids, shown by display name. */
    record UserIds(List<String> ids) {
    }

    private final String id;
    private final Text caption;
    private final String sortProperty;
    private final Function<SalesItem, Object> value;

    ItemColumn(String id, Text caption, String sortProperty, Function<SalesItem, Object> value) {
        this.id = id;
        this.caption = caption;
        this.sortProperty = sortProperty;
        this.value = value;
    }

    /** @return the Grid column id, also stored in the user's preferences */
    String id() {
        return id;
    }

    Text caption() {
        return caption;
    }

    /** @return the Grid sort property, or null when the column cannot be sorted */
    String sortProperty() {
        return sortProperty;
    }

    /** @return the row's raw value for this column: text, number, date, instant, phase, boolean, tags or users */
    Object valueOf(SalesRow row) {
        return value == null ? row.contactName() : value.apply(row.item());
    }

    static Optional<ItemColumn> byId(String id) {
        return Arrays.stream(values()).filter(column -> column.id.equals(id)).findFirst();
    }
}
