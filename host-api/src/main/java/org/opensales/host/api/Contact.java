package org.opensales.host.api;

import java.util.Objects;

/**
 * A contact in the host's address book: a person, a company, or a person at a company.
 *
 * @param id      the host's identifier of the contact, positive
 * @param name    the person's name, or the company name for a company contact; never blank
 * @param company the company the person works for; empty when unknown or when the contact is a company
 * @param email   the e-mail address; empty when unknown
 * @param phone   the phone number; empty when unknown
 */
public record Contact(long id, String name, String company, String email, String phone) {

    /** Checks the invariants and turns absent optional values into empty strings. */
    public Contact {
        Objects.requireNonNull(name, "name");
        company = company == null ? "" : company;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
    }

    /**
     * The name to show in lists: the person's name, followed by the company when there is one.
     *
     * @return a display name such as {@code "Anna de Vries (Bakkerij Zon)"}
     */
    public String displayName() {
        return company.isEmpty() || company.equals(name) ? name : name + " (" + company + ")";
    }
}
