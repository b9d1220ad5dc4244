package org.opensales.sales.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The figures of the Sales tab's report block and block footers. Every figure is computed by the
 * database from the same filter and the same access rule as the item lists, never by loading items.
 */
@ProviderType
public interface SalesReportService {

    /**
     * The "General information" figures: count and value per phase and the weighted total.
     *
     * @param filter which items
     * @return the figures; phases without items have zero counts
     */
    GeneralReport generalInformation(SalesFilter filter);

    /**
     * Count and value per salesperson, for the salespeople who have items in the filter. The Sales
     * tab shows one block for each.
     *
     * @param filter which items
     * @return one entry per salesperson with items, ordered by salesperson id
     */
    List<SalespersonTotals> totalsPerSalesperson(SalesFilter filter);
}
