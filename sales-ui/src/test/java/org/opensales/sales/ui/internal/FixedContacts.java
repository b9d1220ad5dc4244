package org.opensales.sales.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.NewContact;

/** A stand-in address book that counts how often many contacts are looked up at once. */
final class FixedContacts implements ContactRegistry {

    final Map<Long, Contact> contacts = new TreeMap<>();
    final List<Collection<Long>> findAllCalls = new ArrayList<>();

    FixedContacts() {
        register(new NewContact("Anna de Vries", "Bakkerij Zon", "", ""));
        register(new NewContact("Jan Smit", "", "", ""));
    }

    @Override
    public Optional<Contact> find(long id) {
        return Optional.ofNullable(contacts.get(id));
    }

    @Override
    public List<Contact> findAll(Collection<Long> ids) {
        findAllCalls.add(List.copyOf(ids));
        return ids.stream().map(contacts::get).filter(c -> c != null).toList();
    }

    @Override
    public List<Contact> search(String text, int limit) {
        return contacts.values().stream().limit(limit).toList();
    }

    @Override
    public Contact register(NewContact contact) {
        Contact stored = new Contact(contacts.size() + 1L, contact.name(), contact.company(), contact.email(),
                contact.phone());
        contacts.put(stored.id(), stored);
        return stored;
    }
}
