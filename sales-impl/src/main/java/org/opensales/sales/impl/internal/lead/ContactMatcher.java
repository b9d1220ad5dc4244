package org.opensales.sales.impl.internal.lead;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.NewContact;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.Lead;
import org.opensales.sales.api.ValidationException;

/**
 * Finds the contact a lead belongs to, so that the address book gets no duplicates: first a contact
 * with the same e-mail address, then the company itself or a contact at the same company (both
 * ignoring case); only when none exists does the host's registry register a new contact.
 */
final class ContactMatcher {

    /** How many search results are examined for an exact match. */
    static final int SEARCH_LIMIT = 200;

    private final ContactRegistry contacts;

    ContactMatcher(ContactRegistry contacts) {
        this.contacts = contacts;
    }

    /**
     * The contact a lead belongs to.
     *
     * @param contact    the matched or registered contact
     * @param registered true when the contact was registered for this lead
     */
    record Match(Contact contact, boolean registered) {
    }

    /**
     * Matches or registers the contact of a lead.
     *
     * @param lead a valid lead with stripped texts
     * @return the contact
     */
    Match matchOrRegister(Lead lead) {
        return existing(lead).map(c -> new Match(c, false))
                .orElseGet(() -> new Match(register(lead), true));
    }

    Optional<Contact> existing(Lead lead) {
        String email = lead.email();
        String company = lead.companyName();
        Optional<Contact> byEmail = email.isEmpty() ? Optional.empty()
                : first(email, c -> c.email().equalsIgnoreCase(email));
        if (byEmail.isPresent() || company.isEmpty()) {
            return byEmail;
        }
        List<Contact> found = contacts.search(company, SEARCH_LIMIT);
        return first(found, c -> c.name().equalsIgnoreCase(company) && c.company().isEmpty())
                .or(() -> first(found, c -> c.company().equalsIgnoreCase(company)));
    }

    private Optional<Contact> first(String text, Predicate<Contact> matches) {
        return first(contacts.search(text, SEARCH_LIMIT), matches);
    }

    private static Optional<Contact> first(List<Contact> found, Predicate<Contact> matches) {
        return found.stream().filter(matches).min(Comparator.comparingLong(Contact::id));
    }

    private Contact register(Lead lead) {
        boolean person = !lead.personName().isEmpty();
        NewContact contact = new NewContact(person ? lead.personName() : lead.companyName(),
                person ? lead.companyName() : "", lead.email(), lead.phone());
        try {
            return contacts.register(contact);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new FieldViolation("contact",
                    "is refused by the address book: " + e.getMessage())));
        }
    }
}
