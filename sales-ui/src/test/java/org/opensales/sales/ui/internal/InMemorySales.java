package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.opensales.sales.api.ConflictException;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.SalespersonTotals;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.ValidationException;

/** A stand-in for the Sales services that keeps items in a map and records the calls made. */
final class InMemorySales implements SalesService, SalesReportService {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000000");

    final Map<Long, SalesItem> items = new TreeMap<>();
    final List<String> calls = new ArrayList<>();
    List<Sort> lastSort = List.of();

    SalesItem add(String title, long contactId, String salespersonId, Phase phase, String amount, int probability) {
        long id = items.size() + 1L;
        SalesItem item = SalesItem.builder().id(id).version(1).title(title).contactId(contactId)
                .salespersonId(salespersonId).phase(phase).amount(new BigDecimal(amount))
                .probability(probability).build();
        items.put(id, item);
        return item;
    }

    /** Simulates someone else saving the item. */
    void touch(long id) {
        SalesItem item = items.get(id);
        items.put(id, item.toBuilder().version(item.version() + 1).title(item.title() + " (changed)").build());
    }

    @Override
    public SalesItem create(NewSalesItem item) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SalesItem markWon(long id, long version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SalesItem markLost(long id, long version, String reason, String note) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SalesItem reopen(long id, long version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<HistoryEntry> history(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SalesItem> itemsOfContact(long contactId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SalesItem> openPipelineOfContact(long contactId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<SalesItem> get(long id) {
        calls.add("get");
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public SalesItem update(SalesItem item) {
        calls.add("update");
        SalesItem stored = items.get(item.id());
        if (stored == null) {
            throw new NotFoundException(item.id());
        }
        if (item.amount().signum() < 0 || item.amount().compareTo(MAX_AMOUNT) >= 0) {
            throw new ValidationException(List.of(new FieldViolation("amount", "must be at least 0 and less than 100000000000000")));
        }
        if (stored.version() != item.version()) {
            throw new ConflictException(item.id());
        }
        SalesItem saved = item.toBuilder().version(item.version() + 1).build();
        items.put(saved.id(), saved);
        return saved;
    }

    @Override
    public List<SalesItem> find(SalesFilter filter, List<Sort> sort, int offset, int limit) {
        calls.add("find " + offset + " " + limit);
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new ValidationException(List.of(new FieldViolation("limit", "must be between 1 and 1000")));
        }
        lastSort = sort;
        return matching(filter).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(SalesFilter filter) {
        calls.add("count");
        return matching(filter).size();
    }

    @Override
    public GeneralReport generalInformation(SalesFilter filter) {
        List<SalesItem> matching = matching(filter);
        List<PhaseTotals> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<SalesItem> inPhase = matching.stream().filter(i -> i.phase() == phase).toList();
            phases.add(new PhaseTotals(phase, inPhase.size(), sum(inPhase, false), sum(inPhase, true)));
        }
        return new GeneralReport(phases, matching.size(), sum(matching, false), sum(matching, true));
    }

    @Override
    public List<SalespersonTotals> totalsPerSalesperson(SalesFilter filter) {
        calls.add("totals");
        return matching(filter).stream()
                .collect(Collectors.groupingBy(SalesItem::salespersonId, TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> new SalespersonTotals(e.getKey(), e.getValue().size(), sum(e.getValue(), false),
                        sum(e.getValue(), true)))
                .toList();
    }

    private List<SalesItem> matching(SalesFilter filter) {
        return items.values().stream()
                .filter(i -> i.title().toLowerCase().contains(filter.text().toLowerCase()))
                .filter(i -> filter.phases().isEmpty() || filter.phases().contains(i.phase()))
                .filter(i -> filter.salespersonIds().isEmpty() || filter.salespersonIds().contains(i.salespersonId()))
                .sorted(Comparator.comparingLong(SalesItem::id))
                .toList();
    }

    private static BigDecimal sum(List<SalesItem> items, boolean weighted) {
        return items.stream().map(i -> weighted ? i.weightedAmount() : i.amount())
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
