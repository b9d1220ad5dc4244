package org.opensales.sales.impl.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LostReason;

/**
 * The managed lists of one transaction, each source and lost reason read once: an import checks the
 * same few names on thousands of items.
 */
final class CachedCatalog implements SalesCatalogMapper {

    private final SalesCatalogMapper catalog;
    private final Map<String, Optional<LeadSource>> sources = new HashMap<>();
    private final Map<String, Optional<LostReason>> lostReasons = new HashMap<>();

    CachedCatalog(SalesCatalogMapper catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<LeadSource> sources() {
        return catalog.sources();
    }

    @Override
    public LeadSource source(String name) {
        return sources.computeIfAbsent(name, n -> Optional.ofNullable(catalog.source(n))).orElse(null);
    }

    @Override
    public void saveSource(LeadSource source) {
        throw new UnsupportedOperationException("the cached catalog is read-only");
    }

    @Override
    public List<LostReason> lostReasons() {
        return catalog.lostReasons();
    }

    @Override
    public LostReason lostReason(String name) {
        return lostReasons.computeIfAbsent(name, n -> Optional.ofNullable(catalog.lostReason(n))).orElse(null);
    }

    @Override
    public void saveLostReason(LostReason reason) {
        throw new UnsupportedOperationException("the cached catalog is read-only");
    }
}
