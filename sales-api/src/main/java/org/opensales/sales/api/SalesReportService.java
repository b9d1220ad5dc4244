package org.opensales.sales.api;

import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The figures of the Sales tab's report block and block footers. Every figure is computed by the
 * database from the same filter and the same access rule as the item lists, never by loading items.
 */
@ProviderType
public interface SalesReportService {

    /**
     * The "General information" figures: count and value per phase, the open and weighted pipeline,
     * won and lost, win rate, average order value and average cycle time.
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

    /**
     * Each salesperson's open pipeline, won and lost items within a period, against their targets.
     *
     * @param filter which items (its own period is ignored; the months below set the period)
     * @param from   the first month, inclusive
     * @param to     the last month, inclusive
     * @return one entry per salesperson with items or targets, ordered by salesperson id
     */
    List<SalespersonPerformance> salespersonPerformance(SalesFilter filter, YearMonth from, YearMonth to);

    /**
     * Items, won value, win rate, campaign cost and return per lead source.
     *
     * @param filter which items
     * @return one entry per source with items, ordered by won amount, largest first
     */
    List<SourceRoi> sourcesAndRoi(SalesFilter filter);

    /**
     * The weighted value of the open items per month of their expected close date.
     *
     * @param filter which items
     * @param first  the first month
     * @param months how many months, 1 to 36
     * @return one entry per month, months without items included with zeros
     */
    List<ForecastMonth> forecast(SalesFilter filter, YearMonth first, int months);

    /**
     * How many items reached each phase, and the conversion from one phase to the next.
     *
     * @param filter which items
     * @return PROSPECT, QUOTE, ORDER and INVOICE, in that order
     */
    List<FunnelStep> funnel(SalesFilter filter);

    /**
     * Count and value of the lost items per lost reason.
     *
     * @param filter which items
     * @return one entry per reason, largest count first
     */
    List<LostReasonTotals> lostReasons(SalesFilter filter);
}
