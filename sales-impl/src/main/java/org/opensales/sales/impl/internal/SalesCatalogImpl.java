package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LostReason;
import org.opensales.sales.api.SalesCatalog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The managed lists of sources and lost reasons: read by every sales role, changed by managers. */
@Component(service = SalesCatalog.class)
public final class SalesCatalogImpl implements SalesCatalog {

    static final int MAX_NAME = 100;

    private final SalesDatabase database;
    private final SalesAccess access;

    /**
     * @param database the Sales database
     * @param users    the host's users, for the current user
     */
    @Activate
    public SalesCatalogImpl(@Reference SalesDatabase database, @Reference UserDirectory users) {
        this.database = database;
        this.access = new SalesAccess(users);
    }

    @Override
    public List<LeadSource> sources() {
        access.caller();
        return inSession(SalesCatalogMapper::sources);
    }

    @Override
    public LeadSource saveSource(LeadSource source) {
        Objects.requireNonNull(source, "source");
        access.manager();
        List<FieldViolation> violations = new ArrayList<>();
        checkName(source.name(), violations);
        BigDecimal cost = source.campaignCost() == null ? BigDecimal.ZERO : source.campaignCost();
        if (cost.signum() < 0 || cost.compareTo(SalesItemValidator.MAX_AMOUNT) >= 0
                || cost.stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation("campaignCost", "must be at least 0 and less than "
                    + SalesItemValidator.MAX_AMOUNT.toPlainString() + ", with at most 2 decimals"));
        }
        Violations.throwIfAny(violations);
        return write(mapper -> {
            mapper.saveSource(new LeadSource(source.name(), cost, source.active()));
            return mapper.source(source.name());
        });
    }

    @Override
    public List<LostReason> lostReasons() {
        access.caller();
        return inSession(SalesCatalogMapper::lostReasons);
    }

    @Override
    public LostReason saveLostReason(LostReason reason) {
        Objects.requireNonNull(reason, "reason");
        access.manager();
        List<FieldViolation> violations = new ArrayList<>();
        checkName(reason.name(), violations);
        Violations.throwIfAny(violations);
        return write(mapper -> {
            mapper.saveLostReason(reason);
            return mapper.lostReason(reason.name());
        });
    }

    private static void checkName(String name, List<FieldViolation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(new FieldViolation("name", "is required"));
        } else if (SalesItemValidator.length(name) > MAX_NAME) {
            violations.add(new FieldViolation("name", "must be at most " + MAX_NAME + " characters"));
        }
    }


    private <T> T inSession(Function<SalesCatalogMapper, T> query) {
        try (SqlSession session = database.openSession()) {
            return query.apply(session.getMapper(SalesCatalogMapper.class));
        }
    }

    private <T> T write(Function<SalesCatalogMapper, T> change) {
        try (SqlSession session = database.openSession()) {
            T result = change.apply(session.getMapper(SalesCatalogMapper.class));
            session.commit();
            return result;
        }
    }
}
