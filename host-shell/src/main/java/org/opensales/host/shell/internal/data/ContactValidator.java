package org.opensales.host.shell.internal.data;

import java.util.regex.Pattern;

import org.opensales.host.api.NewContact;

/** Checks a new contact's fields against the address book's rules and trims them. */
final class ContactValidator {

    static final int NAME_MAX = 200;
    static final int COMPANY_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 50;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]+");

    /**
     * Validates a new contact.
     *
     * @param contact the contact as entered
     * @return the contact with its fields trimmed
     * @throws IllegalArgumentException naming the first field that breaks a rule
     */
    NewContact validate(NewContact contact) {
        String name = contact.name().strip();
        String company = contact.company().strip();
        String email = contact.email().strip();
        String phone = contact.phone().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is required");
        }
        checkLength("name", name, NAME_MAX);
        checkLength("company", company, COMPANY_MAX);
        checkLength("email", email, EMAIL_MAX);
        checkLength("phone", phone, PHONE_MAX);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email is not an e-mail address: " + email);
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("phone may hold only digits, spaces and + ( ) - . /");
        }
        return new NewContact(name, company, email, phone);
    }

    private static void checkLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
    }
}
