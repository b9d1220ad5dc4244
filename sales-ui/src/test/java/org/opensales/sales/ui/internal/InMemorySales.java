package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.ConflictException;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.ForecastMonth;
import org.opensales.sales.api.FunnelStep;
import org.opensales.sales.api.GeneralReport;
import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.InvalidTransitionException;
import org.opensales.sales.api.LostReasonTotals;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.Outcome;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.PhaseTotals;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.SalesTarget;
import org.opensales.sales.api.SalespersonPerformance;
import org.opensales.sales.api.SalespersonTotals;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SourceRoi;
import org.opensales.sales.api.ValidationException;

/** A stand-in for the Sales services that keeps items in a map and records the calls made. */
final class InMemorySales implements SalesService, SalesReportService {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000000");

    final Map<Long, SalesItem> items = new TreeMap<>();
    final List<String> calls = new ArrayList<>();
    final List<SalesTarget> targets = new ArrayList<>();
    final Map<String, BigDecimal> sourceCosts = new TreeMap<>();
    List<Sort> lastSort = List.of();
    /** Ids of items the current user may read but not change. */
    final java.util.Set<Long> readOnly = new java.util.HashSet<>();

    SalesItem add(String title, long contactId, String salespersonId, Phase phase, String amount, int probability) {
        long id = items.size() + 1L;
        SalesItem item = SalesItem.builder().id(id).version(1).title(title).contactId(contactId)
                .salespersonId(salespersonId).phase(phase).amount(new BigDecimal(amount))
                .probability(probability).build();
        items.put(id, item);
        return item;
    }

    /** Replaces a stored item by a changed copy, such as one with phase dates, a source or a lost reason. */
    SalesItem change(long id, java.util.function.UnaryOperator<SalesItem.Builder> change) {
        SalesItem changed = change.apply(items.get(id).toBuilder()).build();
        items.put(id, changed);
        return changed;
    }

    /** Simulates someone else saving the item. */
    void touch(long id) {
        SalesItem item = items.get(id);
        items.put(id, item.toBuilder().version(item.version() + 1).title(item.title() + " (changed)").build());
    }

    @Override
    public SalesItem create(NewSalesItem item) {
        calls.add("create");
        List<FieldViolation> violations = new ArrayList<>();
        if (item.title() == null || item.title().isBlank()) {
            violations.add(new FieldViolation("title", "is required"));
        }
        if (item.amount() != null && item.amount().compareTo(MAX_AMOUNT) >= 0) {
            violations.add(new FieldViolation("amount", "must be at least 0 and less than 100000000000000"));
        }
        if (item.currency() != null && !item.currency().matches("[A-Z]{3}")) {
            violations.add(new FieldViolation("currency", "must be an ISO 4217 code"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        SalesItem created = add(item.title(), item.contactId(), item.salespersonId(),
                item.phase() == null ? Phase.PROSPECT : item.phase(),
                (item.amount() == null ? BigDecimal.ZERO : item.amount()).toPlainString(), 10);
        return change(created.id(), b -> b.currency(item.currency() == null ? "EUR" : item.currency())
                .source(item.source()).expectedCloseDate(item.expectedCloseDate()));
    }

    @Override
    public SalesItem markWon(long id, long version) {
        calls.add("markWon " + id);
        return update(checked(id, version).toBuilder().phase(Phase.ORDER).orderDate(LocalDate.now()).build());
    }

    @Override
    public SalesItem markLost(long id, long version, String reason, String note) {
        calls.add("markLost " + id + " " + reason + " " + note);
        return update(checked(id, version).toBuilder().phase(Phase.LOST).lostDate(LocalDate.now())
                .lostReason(reason).lostNote(note).build());
    }

    /** The stored item, after the checks markWon and markLost make before they change it. */
    private SalesItem checked(long id, long version) {
        SalesItem stored = items.get(id);
        if (stored == null) {
            throw new NotFoundException(id);
        }
        if (readOnly.contains(id)) {
            throw new AccessDeniedException("You may not change sales item " + id);
        }
        if (stored.version() != version) {
            throw new ConflictException(id);
        }
        if (!stored.phase().isOpen()) {
            throw new InvalidTransitionException(stored.phase(), Phase.ORDER, "the item is not open");
        }
        return stored;
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
        if (readOnly.contains(item.id())) {
            throw new AccessDeniedException("You may not change sales item " + item.id());
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
    public List<SalesItem> findAfter(SalesFilter filter, List<Sort> sort, SalesItem after, int limit) {
        calls.add("findAfter " + (after == null ? "-" : after.id()) + " " + limit);
        lastSort = sort;
        List<SalesItem> all = matching(filter);
        int start = 0;
        if (after != null) {
            start = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id() == after.id()) {
                    start = i + 1;
                    break;
                }
            }
        }
        return all.stream().skip(start).limit(limit).toList();
    }

    @Override
    public long count(SalesFilter filter) {
        calls.add("count");
        return matching(filter).size();
    }

    @Override
    public GeneralReport generalInformation(SalesFilter filter) {
        calls.add("general");
        List<SalesItem> matching = matching(filter);
        List<PhaseTotals> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<SalesItem> inPhase = matching.stream().filter(i -> i.phase() == phase).toList();
            phases.add(new PhaseTotals(phase, inPhase.size(), sum(inPhase, false), sum(inPhase, true)));
        }
        List<SalesItem> open = matching.stream().filter(i -> i.phase().isOpen()).toList();
        List<SalesItem> won = matching.stream().filter(i -> i.phase().isWon()).toList();
        List<SalesItem> lost = matching.stream().filter(i -> i.phase() == Phase.LOST).toList();
        List<SalesItem> timed = won.stream().filter(i -> i.prospectDate() != null && i.orderDate() != null).toList();
        BigDecimal cycleDays = timed.isEmpty() ? null : BigDecimal.valueOf(timed.stream()
                        .mapToLong(i -> ChronoUnit.DAYS.between(i.prospectDate(), i.orderDate())).sum())
                .divide(BigDecimal.valueOf(timed.size()), 1, RoundingMode.HALF_UP);
        return new GeneralReport(phases, matching.size(), sum(matching, false), sum(matching, true),
                outcome(open), sum(open, true), outcome(won), outcome(lost), winRate(won.size(), lost.size()),
                won.isEmpty() ? null : sum(won, false).divide(BigDecimal.valueOf(won.size()), 2, RoundingMode.HALF_UP),
                cycleDays);
    }

    @Override
    public List<SalespersonPerformance> salespersonPerformance(SalesFilter filter, YearMonth from, YearMonth to) {
        calls.add("performance " + from + " " + to);
        SalesFilter unbounded = filter.toBuilder().period(null, null, null).build();
        Map<String, List<SalesItem>> bySalesperson = matching(unbounded).stream()
                .collect(Collectors.groupingBy(SalesItem::salespersonId, TreeMap::new, Collectors.toList()));
        targets.stream().filter(t -> !t.month().isBefore(from) && !t.month().isAfter(to))
                .forEach(t -> bySalesperson.computeIfAbsent(t.salespersonId(), id -> List.of()));
        List<SalespersonPerformance> result = new ArrayList<>();
        bySalesperson.forEach((id, own) -> {
            List<SalesItem> open = own.stream().filter(i -> i.phase().isOpen()).toList();
            List<SalesItem> won = own.stream().filter(i -> i.phase().isWon() && within(i.orderDate(), from, to)).toList();
            List<SalesItem> lost = own.stream().filter(i -> i.phase() == Phase.LOST && within(i.lostDate(), from, to))
                    .toList();
            List<SalesTarget> ownTargets = targets.stream().filter(t -> t.salespersonId().equals(id)
                    && !t.month().isBefore(from) && !t.month().isAfter(to)).toList();
            result.add(new SalespersonPerformance(id, outcome(open), sum(open, true), outcome(won), outcome(lost),
                    ownTargets.stream().mapToLong(SalesTarget::orders).sum(),
                    ownTargets.stream().map(SalesTarget::revenue).reduce(new BigDecimal("0.00"), BigDecimal::add)));
        });
        return result;
    }

    @Override
    public List<SourceRoi> sourcesAndRoi(SalesFilter filter) {
        calls.add("sources");
        return matching(filter).stream()
                .collect(Collectors.groupingBy(i -> i.source() == null ? "" : i.source(), TreeMap::new,
                        Collectors.toList()))
                .entrySet().stream()
                .map(e -> {
                    List<SalesItem> won = e.getValue().stream().filter(i -> i.phase().isWon()).toList();
                    long lost = e.getValue().stream().filter(i -> i.phase() == Phase.LOST).count();
                    BigDecimal cost = sourceCosts.getOrDefault(e.getKey(), new BigDecimal("0.00"));
                    BigDecimal roi = cost.signum() == 0 ? null : sum(won, false).subtract(cost)
                            .multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP);
                    return new SourceRoi(e.getKey(), e.getValue().size(), outcome(won), winRate(won.size(), lost),
                            cost, roi);
                })
                .sorted(Comparator.comparing((SourceRoi s) -> s.won().amount()).reversed())
                .toList();
    }

    @Override
    public List<ForecastMonth> forecast(SalesFilter filter, YearMonth first, int months) {
        calls.add("forecast " + first + " " + months);
        List<SalesItem> open = matching(filter).stream()
                .filter(i -> i.phase().isOpen() && i.expectedCloseDate() != null).toList();
        List<ForecastMonth> result = new ArrayList<>();
        for (int n = 0; n < months; n++) {
            YearMonth month = first.plusMonths(n);
            List<SalesItem> in = open.stream().filter(i -> YearMonth.from(i.expectedCloseDate()).equals(month)).toList();
            result.add(new ForecastMonth(month, in.size(), sum(in, false), sum(in, true)));
        }
        return result;
    }

    @Override
    public List<FunnelStep> funnel(SalesFilter filter) {
        calls.add("funnel");
        List<SalesItem> matching = matching(filter);
        List<FunnelStep> steps = new ArrayList<>();
        long previous = -1;
        for (Phase phase : List.of(Phase.PROSPECT, Phase.QUOTE, Phase.ORDER, Phase.INVOICE)) {
            long reached = matching.stream().filter(i -> phaseDate(i, phase) != null).count();
            BigDecimal conversion = previous <= 0 ? null : BigDecimal.valueOf(reached * 100)
                    .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
            steps.add(new FunnelStep(phase, reached, conversion));
            previous = reached;
        }
        return steps;
    }

    @Override
    public List<LostReasonTotals> lostReasons(SalesFilter filter) {
        calls.add("lostReasons");
        return matching(filter).stream().filter(i -> i.phase() == Phase.LOST)
                .collect(Collectors.groupingBy(i -> i.lostReason() == null ? "" : i.lostReason(), TreeMap::new,
                        Collectors.toList()))
                .entrySet().stream()
                .map(e -> new LostReasonTotals(e.getKey(), e.getValue().size(), sum(e.getValue(), false)))
                .sorted(Comparator.comparingLong(LostReasonTotals::count).reversed())
                .toList();
    }

    private static LocalDate phaseDate(SalesItem item, Phase phase) {
        return switch (phase) {
            case PROSPECT -> item.prospectDate();
            case QUOTE -> item.quoteDate();
            case ORDER -> item.orderDate();
            case INVOICE -> item.invoiceDate();
            case LOST -> item.lostDate();
        };
    }

    private static boolean within(LocalDate date, YearMonth from, YearMonth to) {
        return date != null && !date.isBefore(from.atDay(1)) && !date.isAfter(to.atEndOfMonth());
    }

    private static Outcome outcome(List<SalesItem> items) {
        return new Outcome(items.size(), sum(items, false));
    }

    private static BigDecimal winRate(long won, long lost) {
        return won + lost == 0 ? null : BigDecimal.valueOf(won * 100).divide(BigDecimal.valueOf(won + lost), 1,
                RoundingMode.HALF_UP);
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
                .filter(i -> filter.includeInactive() || i.active())
                .filter(i -> filter.sources().isEmpty() || filter.sources().contains(i.source()))
                .filter(i -> filter.tags().isEmpty() || i.tags().stream().anyMatch(filter.tags()::contains))
                .filter(i -> filter.minAmount() == null || i.amount().compareTo(filter.minAmount()) >= 0)
                .filter(i -> filter.maxAmount() == null || i.amount().compareTo(filter.maxAmount()) <= 0)
                .sorted(Comparator.comparingLong(SalesItem::id))
                .toList();
    }

    private static BigDecimal sum(List<SalesItem> items, boolean weighted) {
        return items.stream().map(i -> weighted ? i.weightedAmount() : i.amount())
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
