package org.opensales.sales.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.ConflictException;
import org.opensales.sales.api.HistoryEntry;
import org.opensales.sales.api.InvalidTransitionException;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;
import org.opensales.sales.impl.internal.SalesAccess.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Stores and finds sales items in MariaDB. Every call checks the current user's access first; a
 * change is validated, written with its history in one transaction, and announced on EventAdmin
 * after the commit.
 */
@Component(service = SalesService.class, configurationPid = SalesDatabaseConfig.PID)
public final class SalesServiceImpl implements SalesService {

    private final SalesDatabase database;
    private final SalesAccess access;
    private final SalesItemValidator validator;
    private final ItemRules rules;
    private final FilterCriteria filterCriteria;
    private final EventAdmin events;
    private final Clock clock;

    /**
     * @param database the Sales database
     * @param contacts the host's address book, to check contact references and match contact names
     * @param users    the host's users: the current user, and salesperson and share references
     * @param events   where the changes are announced
     * @param config   the default probability per phase
     */
    @Activate
    public SalesServiceImpl(@Reference SalesDatabase database, @Reference ContactRegistry contacts,
                            @Reference UserDirectory users, @Reference EventAdmin events,
                            SalesDatabaseConfig config) {
        this(database, contacts, users, events, ProbabilityDefaults.of(config), Clock.systemDefaultZone());
    }

    SalesServiceImpl(SalesDatabase database, ContactRegistry contacts, UserDirectory users, EventAdmin events,
                     ProbabilityDefaults probabilities, Clock clock) {
        this.database = database;
        this.access = new SalesAccess(users);
        this.validator = new SalesItemValidator(contacts, users);
        this.rules = new ItemRules(probabilities);
        this.filterCriteria = new FilterCriteria(contacts, database);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SalesItem create(NewSalesItem item) {
        Objects.requireNonNull(item, "item");
        Caller caller = access.caller();
        caller.requireCreate(item.salespersonId());
        SalesItem toStore = rules.forCreate(item, caller.userId(), today());
        SalesItem stored;
        try (SqlSession session = database.openSession()) {
            validator.validate(toStore, null, session.getMapper(SalesCatalogMapper.class));
            SalesItemStore store = new SalesItemStore(session);
            long id = store.insert(toStore);
            session.getMapper(SalesHistoryMapper.class).append(id, caller.userId(), HistoryDiff.between(null, toStore));
            stored = store.find(id);
            session.commit();
        }
        post(SalesEventFactory.created(stored, caller.userId()));
        return stored;
    }

    @Override
    public Optional<SalesItem> get(long id) {
        Caller caller = access.caller();
        try (SqlSession session = database.openReadSession()) {
            return Optional.ofNullable(new SalesItemStore(session).find(id))
                    .filter(item -> caller.canRead(item.salespersonId(), item.sharedWith()));
        }
    }

    @Override
    public SalesItem update(SalesItem item) {
        Objects.requireNonNull(item, "item");
        return change(item.id(), item.version(),
                (stored, caller) -> rules.forUpdate(stored, item, caller.userId(), today()));
    }

    @Override
    public SalesItem markWon(long id, long version) {
        return change(id, version, (stored, caller) -> {
            if (!stored.phase().isOpen()) {
                throw new InvalidTransitionException(stored.phase(), Phase.ORDER, "only an open item can be won");
            }
            return rules.forUpdate(stored, stored.toBuilder().phase(Phase.ORDER).build(), caller.userId(), today());
        });
    }

    @Override
    public SalesItem markLost(long id, long version, String reason, String note) {
        return change(id, version, (stored, caller) -> {
            if (!stored.phase().isOpen()) {
                throw new InvalidTransitionException(stored.phase(), Phase.LOST,
                        "only an open item (PROSPECT or QUOTE) can be lost");
            }
            return rules.forUpdate(stored, stored.toBuilder().phase(Phase.LOST).lostReason(reason).lostNote(note)
                    .build(), caller.userId(), today());
        });
    }

    @Override
    public SalesItem reopen(long id, long version) {
        return change(id, version, (stored, caller) -> {
            if (stored.phase() != Phase.LOST) {
                throw new InvalidTransitionException(stored.phase(), Phase.PROSPECT, "only a lost item can be reopened");
            }
            return rules.forReopen(stored, phaseBeforeLost(stored.id()), caller.userId(), today());
        });
    }

    @Override
    public List<HistoryEntry> history(long id) {
        Caller caller = access.caller();
        try (SqlSession session = database.openReadSession()) {
            readable(new SalesItemStore(session).find(id), id, caller);
            return session.getMapper(SalesHistoryMapper.class).ofItem(id).stream().map(HistoryRow::toEntry).toList();
        }
    }

    @Override
    public List<SalesItem> find(SalesFilter filter, List<Sort> sort, int offset, int limit) {
        Caller caller = access.caller();
        validator.validatePage(offset, limit);
        ItemCriteria criteria = filterCriteria.of(filter, caller.readerLimit());
        List<Sort> keys = keys(sort);
        return read(session -> session.getMapper(SalesItemMapper.class).find(criteria, keys, offset, limit));
    }

    @Override
    public List<SalesItem> findAfter(SalesFilter filter, List<Sort> sort, SalesItem after, int limit) {
        Caller caller = access.caller();
        validator.validatePage(0, limit);
        ItemCriteria criteria = filterCriteria.of(filter, caller.readerLimit());
        List<Sort> keys = keys(sort);
        List<List<SeekCondition>> seek = after == null ? List.of() : Seek.after(keys, after);
        return read(session -> session.getMapper(SalesItemMapper.class).findAfter(criteria, keys, seek, limit));
    }

    @Override
    public long count(SalesFilter filter) {
        ItemCriteria criteria = filterCriteria.of(filter, access.caller().readerLimit());
        try (SqlSession session = database.openReadSession()) {
            return criteria.fitsRollups()
                    ? session.getMapper(RollupReportMapper.class).count(criteria)
                    : session.getMapper(SalesItemMapper.class).count(criteria);
        }
    }

    @Override
    public List<SalesItem> itemsOfContact(long contactId) {
        Caller caller = access.caller();
        return read(session -> session.getMapper(SalesItemMapper.class).ofContact(contactId, caller.readerLimit()));
    }

    @Override
    public List<SalesItem> openPipelineOfContact(long contactId) {
        Caller caller = access.caller();
        return read(session -> session.getMapper(SalesItemMapper.class).openOfContact(contactId, caller.readerLimit()));
    }

    /** What a change does to the stored item; it may refuse by throwing. */
    private interface Change {
        SalesItem apply(SalesItem stored, Caller caller);
    }

    /*
     * The one path of every change: access, version, rules, validation, write with history, commit,
     * then the events. The row is locked while the change is worked out, so its history is in order.
     */
    private SalesItem change(long id, long version, Change change) {
        Caller caller = access.caller();
        SalesItem before;
        SalesItem saved;
        try (SqlSession session = database.openSession()) {
            SalesItemStore store = new SalesItemStore(session);
            before = readable(store.lock(id), id, caller);
            caller.requireChange(before.salespersonId(), id);
            if (before.version() != version) {
                throw new ConflictException(id);
            }
            SalesItem toStore = change.apply(before, caller).toBuilder().id(id).version(version).build();
            validator.validate(toStore, before, session.getMapper(SalesCatalogMapper.class));
            if (!store.update(before, toStore)) {
                throw new ConflictException(id);
            }
            List<HistoryRow> history = HistoryDiff.between(before, toStore);
            if (!history.isEmpty()) {
                session.getMapper(SalesHistoryMapper.class).append(id, caller.userId(), history);
            }
            saved = store.reread(toStore);
            session.commit();
        }
        post(SalesEventFactory.changed(before, saved, caller.userId()));
        return saved;
    }

    private static SalesItem readable(SalesItem item, long id, Caller caller) {
        if (item == null || !caller.canRead(item.salespersonId(), item.sharedWith())) {
            throw new NotFoundException(id);
        }
        return item;
    }

    private Phase phaseBeforeLost(long id) {
        try (SqlSession session = database.openReadSession()) {
            String phase = session.getMapper(SalesHistoryMapper.class).phaseBeforeLost(id);
            return phase == null || phase.isEmpty() || Phase.valueOf(phase) == Phase.LOST
                    ? Phase.PROSPECT : Phase.valueOf(phase);
        }
    }

    private static List<Sort> keys(List<Sort> sort) {
        return sort == null ? List.of() : sort.stream().filter(Objects::nonNull).toList();
    }

    private List<SalesItem> read(Function<SqlSession, List<SalesItemRow>> query) {
        try (SqlSession session = database.openReadSession()) {
            return new SalesItemStore(session).assemble(query.apply(session));
        }
    }

    private void post(List<Event> toPost) {
        toPost.forEach(events::postEvent);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
