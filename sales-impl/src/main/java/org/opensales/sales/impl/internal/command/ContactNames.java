package org.opensales.sales.impl.internal.command;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;

/** The display names of the contacts a command prints, read in one call to the host's registry. */
final class ContactNames {

    private ContactNames() {
    }

    static Map<Long, String> of(ContactRegistry contacts, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return contacts.findAll(ids).stream()
                .collect(Collectors.toMap(Contact::id, Contact::displayName, (first, second) -> first));
    }
}
