package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.ConflictException;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Stores and finds sales items in MariaDB, validating every change first. */
@Component(service = SalesService.class)
public final class SalesServiceImpl implements SalesService {

    private final SalesDatabase database;
    private final SalesItemValidator validator;
    private final ProbabilityDefaults probabilities;
    private final Clock clock;

    /**
     * @param database the Sales database
     * @param contacts the host's address book, to check contact references
     * @param users    the host's users, to check salesperson references
     */
    @Activate
    public SalesServiceImpl(@Reference SalesDatabase database, @Reference ContactRegistry contacts,
                            @Reference UserDirectory users) {
        this(database, contacts, users, Clock.systemDefaultZone());
    }

    SalesServiceImpl(SalesDatabase database, ContactRegistry contacts, UserDirectory users, Clock clock) {
        this.database = database;
        this.validator = new SalesItemValidator(contacts, users);
        this.probabilities = ProbabilityDefaults.standard();
        this.clock = clock;
    }

    @Override
    public SalesItem create(NewSalesItem item) {
        Objects.requireNonNull(item, "item");
        Phase phase = item.phase() == null ? Phase.PROSPECT : item.phase();
        SalesItem toStore = PhaseDates.stamp(SalesItem.builder()
                .title(item.title())
                .contactId(item.contactId())
                .salespersonId(item.salespersonId())
                .phase(phase)
                .expectedCloseDate(item.expectedCloseDate())
                .probability(item.probability() == null ? probabilities.forPhase(phase) : item.probability())
                .amount(item.amount() == null ? BigDecimal.ZERO : item.amount())
                .currency(item.currency() == null ? "EUR" : item.currency())
                .source(item.source())
                .build(), today());
        validator.validate(toStore);
        try (SqlSession session = database.openSession()) {
            SalesItemMapper mapper = session.getMapper(SalesItemMapper.class);
            SalesItemRow row = SalesItemRow.of(toStore);
            mapper.insert(row);
            SalesItem stored = mapper.findById(row.id).toItem();
            session.commit();
            return stored;
        }
    }

    @Override
    public Optional<SalesItem> get(long id) {
        try (SqlSession session = database.openSession()) {
            return Optional.ofNullable(session.getMapper(SalesItemMapper.class).findById(id))
                    .map(SalesItemRow::toItem);
        }
    }

    @Override
    public SalesItem update(SalesItem item) {
        Objects.requireNonNull(item, "item");
        SalesItem toStore = PhaseDates.stamp(item, today());
        validator.validate(toStore);
        try (SqlSession session = database.openSession()) {
            SalesItemMapper mapper = session.getMapper(SalesItemMapper.class);
            if (mapper.update(SalesItemRow.of(toStore)) == 0) {
                if (!mapper.exists(item.id())) {
                    throw new NotFoundException(item.id());
                }
                throw new ConflictException(item.id());
            }
            SalesItem stored = mapper.findById(item.id()).toItem();
            session.commit();
            return stored;
        }
    }

    @Override
    public List<SalesItem> find(SalesFilter filter, List<Sort> sort, int offset, int limit) {
        validator.validatePage(offset, limit);
        List<Sort> keys = sort == null ? List.of() : sort.stream().filter(Objects::nonNull).toList();
        try (SqlSession session = database.openSession()) {
            return session.getMapper(SalesItemMapper.class)
                    .find(ItemCriteria.of(filter), keys, offset, limit)
                    .stream().map(SalesItemRow::toItem).toList();
        }
    }

    @Override
    public long count(SalesFilter filter) {
        try (SqlSession session = database.openSession()) {
            return session.getMapper(SalesItemMapper.class).count(ItemCriteria.of(filter));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
