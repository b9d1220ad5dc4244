package org.opensales.host.api;

import java.util.Objects;

/**
 * The data for a contact that is not yet in the address book, as given to
 * {@link ContactRegistry#register(NewContact)}.
 *
 * @param name    the person's or company's name; required
 * @param company the company the person works for; may be empty
 * @param email   the e-mail address; may be empty
 * @param phone   the phone number; may be empty
 */
public record NewContact(String name, String company, String email, String phone) {

    /** Turns absent optional values into empty strings; the registry validates the rest. */
    public NewContact {
        Objects.requireNonNull(name, "name");
        company = company == null ? "" : company;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
    }
}
