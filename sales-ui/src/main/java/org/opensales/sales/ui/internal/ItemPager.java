package org.opensales.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;

/**
 * Reads the pages one grid asks for. A page that starts right where the previous one ended, under the
 * same filter and sort, is read by seek ({@link SalesService#findAfter}) from the last item read, so
 * scrolling down costs the same at any depth; any other page is read by offset.
 */
final class ItemPager {

    /** The most items one service call may return. */
    static final int MAX_PAGE = 1000;

    private final SalesService sales;
    private SalesFilter lastFilter;
    private List<Sort> lastSort;
    private SalesItem lastItem;
    private int nextOffset = -1;

    ItemPager(SalesService sales) {
        this.sales = sales;
    }

    /**
     * @param filter which items
     * @param sort   the sort keys
     * @param offset the index of the first item wanted
     * @param wanted how many items are wanted at most
     * @return the items, fewer than wanted at the end of the list
     */
    List<SalesItem> page(SalesFilter filter, List<Sort> sort, int offset, int wanted) {
        boolean follows = lastItem != null && offset == nextOffset && filter.equals(lastFilter)
                && sort.equals(lastSort);
        SalesItem after = follows ? lastItem : null;
        List<SalesItem> items = new ArrayList<>();
        int remaining = wanted;
        while (remaining > 0) {
            int limit = Math.min(remaining, MAX_PAGE);
            List<SalesItem> page = after == null
                    ? sales.find(filter, sort, offset + items.size(), limit)
                    : sales.findAfter(filter, sort, after, limit);
            items.addAll(page);
            if (page.size() < limit) {
                break;
            }
            after = page.get(page.size() - 1);
            remaining -= limit;
        }
        remember(filter, sort, offset, items);
        return items;
    }

    /** Forgets the last page, so the next one is read by offset, as after the rows were reloaded. */
    void reset() {
        lastItem = null;
        nextOffset = -1;
    }

    private void remember(SalesFilter filter, List<Sort> sort, int offset, List<SalesItem> items) {
        if (items.isEmpty()) {
            reset();
            return;
        }
        lastFilter = filter;
        lastSort = List.copyOf(sort);
        lastItem = items.get(items.size() - 1);
        nextOffset = offset + items.size();
    }
}
