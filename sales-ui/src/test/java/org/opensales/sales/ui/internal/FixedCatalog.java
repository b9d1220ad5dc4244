package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.List;

import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LostReason;
import org.opensales.sales.api.SalesCatalog;

/** A stand-in for the managed lists: three sources and three lost reasons, one of each inactive. */
final class FixedCatalog implements SalesCatalog {

    @Override
    public List<LeadSource> sources() {
        return List.of(new LeadSource("Campaign", new BigDecimal("500.00"), true),
                new LeadSource("Old fair", BigDecimal.ZERO, false),
                new LeadSource("Website", BigDecimal.ZERO, true));
    }

    @Override
    public LeadSource saveSource(LeadSource source) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<LostReason> lostReasons() {
        return List.of(new LostReason("No budget", true), new LostReason("Obsolete", false),
                new LostReason("Price too high", true));
    }

    @Override
    public LostReason saveLostReason(LostReason reason) {
        throw new UnsupportedOperationException();
    }
}
