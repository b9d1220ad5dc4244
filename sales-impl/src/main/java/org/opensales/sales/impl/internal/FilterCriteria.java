package org.opensales.sales.impl.internal;

import org.opensales.host.api.ContactRegistry;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.ValidationException;

/**
 * Turns a caller's {@link SalesFilter} into the {@link ItemCriteria} that every list, count and report
 * binds: it checks the filter's rules and looks up the contacts the words of its text name. The one
 * way from a filter to criteria, so lists and reports always select the same items.
 */
final class FilterCriteria {

    private final ContactRegistry contacts;

    /** @param contacts the host's address book, searched for the words of the text */
    FilterCriteria(ContactRegistry contacts) {
        this.contacts = contacts;
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
        return new ItemCriteria(f, TextWord.of(f.text(), contacts), readerId);
    }
}
