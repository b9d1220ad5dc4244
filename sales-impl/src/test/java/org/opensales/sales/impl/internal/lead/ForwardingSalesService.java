package org.opensales.sales.impl.internal.lead;

import java.util.List;
import java.util.Optional;

import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;

/** Passes every call to another SalesService; tests override the calls they change. */
class ForwardingSalesService implements SalesService {

    private final SalesService target;

    ForwardingSalesService(SalesService target) {
        this.target = target;
    }

    @Override
    public SalesItem create(NewSalesItem item) {
        return target.create(item);
    }

    @Override
    public Optional<SalesItem> get(long id) {
        return target.get(id);
    }

    @Override
    public SalesItem update(SalesItem item) {
        return target.update(item);
    }

    @Override
    public SalesItem markWon(long id, long version) {
        return target.markWon(id, version);
    }

    @Override
    public SalesItem markLost(long id, long version, String reason, String note) {
        return target.markLost(id, version, reason, note);
    }

    @Override
    public SalesItem reopen(long id, long version) {
        return target.reopen(id, version);
    }

    @Override
    public List<HistoryEntry> history(long id) {
        return target.history(id);
    }

    @Override
    public List<SalesItem> find(SalesFilter filter, List<Sort> sort, int offset, int limit) {
        return target.find(filter, sort, offset, limit);
    }

    @Override
    public List<SalesItem> findAfter(SalesFilter filter, List<Sort> sort, SalesItem after, int limit) {
        return target.findAfter(filter, sort, after, limit);
    }

    @Override
    public long count(SalesFilter filter) {
        return target.count(filter);
    }

    @Override
    public List<SalesItem> itemsOfContact(long contactId) {
        return target.itemsOfContact(contactId);
    }

    @Override
    public List<SalesItem> openPipelineOfContact(long contactId) {
        return target.openPipelineOfContact(contactId);
    }
}
