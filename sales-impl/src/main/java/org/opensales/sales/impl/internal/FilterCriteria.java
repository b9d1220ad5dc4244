package org.opensales.sales.impl.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.ContactRegistry;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.ValidationException;

/**
 * Turns a caller's {@link SalesFilter} into the {@link ItemCriteria} that every list, count and report
 * binds: it checks the filter's rules, looks up the contacts the words of its text name, and for a
 * limited reader the items shared with them (not needed when the filter asks for the reader's own
 * items alone, as their own block does). The one way from a filter to criteria, so lists and
 * reports always select the same items.
 */
final class FilterCriteria {

    private final ContactRegistry contacts;
    private final Function<String, List<Long>> sharedItems;

    /**
     * @param contacts the host's address book, searched for the words of the text
     * @param database the Sales database, where the items shared with a reader are found
     */
    FilterCriteria(ContactRegistry contacts, SalesDatabase database) {
        this(contacts, userId -> {
            try (SqlSession session = database.openReadSession()) {
                return session.getMapper(SalesItemMapper.class).sharedWith(userId);
            }
        });
    }

    /**
     * @param contacts    the host's address book, searched for the words of the text
     * @param sharedItems the ids of the items shared with a user
     */
    FilterCriteria(ContactRegistry contacts, Function<String, List<Long>> sharedItems) {
        this.contacts = contacts;
        this.sharedItems = sharedItems;
    }

    /**
     * @param filter   a filter, or null for all active items
     * @param readerId the user whose own and shared items alone may be read; null for no limit
     * @return the criteria
     * @throws ValidationException when the filter breaks a rule (see {@link SalesFilterValidator})
     */
    ItemCriteria of(SalesFilter filter, String readerId) {
        SalesFilterValidator.validate(filter);
        SalesFilter f = filter == null ? SalesFilter.all() : filter;
        boolean needsShared = readerId != null && !f.salespersonIds().equals(Set.of(readerId));
        List<Long> shared = needsShared ? sharedItems.apply(readerId) : List.of();
        return new ItemCriteria(f, TextWord.of(f.text(), contacts), readerId, shared);
    }
}
