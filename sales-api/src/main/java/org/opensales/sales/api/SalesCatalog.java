package org.opensales.sales.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The managed lists of the Sales module: lead sources (with their campaign cost) and lost reasons.
 * Everyone with a sales role reads them; only a sales manager changes them.
 */
@ProviderType
public interface SalesCatalog {

    /**
     * Lists the lead sources, active and inactive, by name.
     *
     * @return the sources
     */
    List<LeadSource> sources();

    /**
     * Adds a source, or changes the cost or active flag of the source with the same name.
     *
     * @param source the source
     * @return the stored source
     * @throws ValidationException   when the name is blank or too long, or the cost negative
     * @throws AccessDeniedException when the current user is not a sales manager
     */
    LeadSource saveSource(LeadSource source);

    /**
     * Lists the lost reasons, active and inactive, by name.
     *
     * @return the reasons
     */
    List<LostReason> lostReasons();

    /**
     * Adds a lost reason, or changes the active flag of the reason with the same name.
     *
     * @param reason the reason
     * @return the stored reason
     * @throws ValidationException   when the name is blank or too long
     * @throws AccessDeniedException when the current user is not a sales manager
     */
    LostReason saveLostReason(LostReason reason);
}
