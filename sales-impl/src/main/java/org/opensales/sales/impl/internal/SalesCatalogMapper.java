package org.opensales.sales.impl.internal;

import java.util.List;

import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LostReason;

/** Reads and writes the managed lists {@code sales_source} and {@code sales_lost_reason}. */
interface SalesCatalogMapper {

    List<LeadSource> sources();

    LeadSource source(String name);

    void saveSource(LeadSource source);

    List<LostReason> lostReasons();

    LostReason lostReason(String name);

    void saveLostReason(LostReason reason);
}
