package org.opensales.host.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The host's address book, the single place where contacts live. Modules refer to contacts by id
 * and never keep their own copy.
 */
@ProviderType
public interface ContactRegistry {

    /**
     * Finds one contact.
     *
     * @param id the contact's id
     * @return the contact, or empty when there is none with that id
     */
    Optional<Contact> find(long id);

    /**
     * Finds many contacts at once, for example to show the contact names of a page of items.
     *
     * @param ids the ids to look up; unknown ids are left out of the answer
     * @return the contacts found, in no particular order
     */
    List<Contact> findAll(Collection<Long> ids);

    /**
     * Searches contacts by name, company or e-mail, ignoring case. A text of words of three or more
     * letters and digits may match each word at the start of a word there ("smi druk" finds "Smit
     * Drukwerk"), as a full-text index does; any other text is found anywhere in one of them.
     *
     * @param text  the text to look for; blank matches every contact
     * @param limit the largest number of contacts to return, at least 1
     * @return the matching contacts ordered by name
     */
    List<Contact> search(String text, int limit);

    /**
     * Adds a contact to the address book.
     *
     * @param contact the new contact's data; its name must not be blank
     * @return the stored contact with its new id
     * @throws IllegalArgumentException when the name is blank or a value is too long, naming the field
     */
    Contact register(NewContact contact);
}
