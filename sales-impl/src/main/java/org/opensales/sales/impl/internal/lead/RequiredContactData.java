package org.opensales.sales.impl.internal.lead;

import java.util.Optional;

/** The contact data a lead must have to qualify. */
public enum RequiredContactData {

    /** No contact data is required. */
    NONE,
    /** An e-mail address is required. */
    EMAIL,
    /** An e-mail address or a phone number is required. */
    EMAIL_OR_PHONE;

    /**
     * @param email the lead's e-mail address, stripped, possibly empty
     * @param phone the lead's phone number, stripped, possibly empty
     * @return what the lead lacks, or empty when it has the required data
     */
    Optional<String> missingIn(String email, String phone) {
        boolean missing = switch (this) {
            case NONE -> false;
            case EMAIL -> email.isEmpty();
            case EMAIL_OR_PHONE -> email.isEmpty() && phone.isEmpty();
        };
        return missing ? Optional.of(this == EMAIL ? "has no e-mail address" : "has no e-mail address or phone number")
                : Optional.empty();
    }
}
