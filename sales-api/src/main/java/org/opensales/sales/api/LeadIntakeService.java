package org.opensales.sales.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Takes leads from marketing automation into the CRM. Only a sales-ready lead, by the configured
 * rule (the sales-ready flag, a minimum score, the contact data required), reaches the address book:
 * an existing contact is matched first (by e-mail, then by company name), otherwise the host's
 * contact registry registers one; then a PROSPECT sales item carries the lead's source. The same
 * service answers the HTTP endpoint {@code POST /crm/api/leads}.
 */
@ProviderType
public interface LeadIntakeService {

    /**
     * Submits a lead.
     *
     * @param lead the lead
     * @return qualified with the contact and item, refused with the reason, or duplicate with the
     *         contact and item of the first submission
     * @throws ValidationException when the lead itself is malformed (no id, score out of range,
     *                             unknown source), naming each field
     */
    LeadOutcome submit(Lead lead);
}
