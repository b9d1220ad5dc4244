package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.ibatis.session.SqlSession;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.SalesRoles;
import org.opensales.sales.api.SalesTarget;
import org.opensales.sales.api.SalesTargets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The salespeople's monthly targets in {@code sales_target}. A sales manager sets them. Managers and
 * viewers read everyone's; a salesperson reads their own only, as a colleague's targets are not
 * theirs to see (the same rule as their row of the performance report).
 */
@Component(service = SalesTargets.class)
public final class SalesTargetsImpl implements SalesTargets {

    private final SalesDatabase database;
    private final UserDirectory users;
    private final SalesAccess access;

    /**
     * @param database the Sales database
     * @param users    the host's users, for the current user and the salespeople
     */
    @Activate
    public SalesTargetsImpl(@Reference SalesDatabase database, @Reference UserDirectory users) {
        this.database = database;
        this.users = users;
        this.access = new SalesAccess(users);
    }

    @Override
    public List<SalesTarget> targets(YearMonth from, YearMonth to) {
        SalesAccess.Caller caller = access.caller();
        MonthRange.check(from, to);
        String only = caller.role() == SalesAccess.Role.SALESPERSON ? caller.userId() : null;
        try (SqlSession session = database.openSession()) {
            return session.getMapper(SalesTargetMapper.class).targets(from.atDay(1), to.atDay(1), only)
                    .stream().map(TargetRow::toTarget).toList();
        }
    }

    @Override
    public SalesTarget save(SalesTarget target) {
        Objects.requireNonNull(target, "target");
        access.manager();
        Violations.throwIfAny(violations(target));
        TargetRow row = TargetRow.of(target);
        try (SqlSession session = database.openSession()) {
            SalesTargetMapper mapper = session.getMapper(SalesTargetMapper.class);
            mapper.save(row);
            TargetRow stored = mapper.target(row.salespersonId, row.month);
            session.commit();
            return stored.toTarget();
        }
    }

    private List<FieldViolation> violations(SalesTarget target) {
        List<FieldViolation> violations = new ArrayList<>();
        String salesperson = target.salespersonId();
        if (salesperson == null || salesperson.isBlank()) {
            violations.add(new FieldViolation("salespersonId", "is required"));
        } else if (users.find(salesperson).filter(u -> u.hasRole(SalesRoles.SALESPERSON)).isEmpty()) {
            violations.add(new FieldViolation("salespersonId", "must be a user with the salesperson role"));
        }
        if (target.month() == null) {
            violations.add(new FieldViolation("month", "is required"));
        }
        if (target.orders() < 0) {
            violations.add(new FieldViolation("orders", "must be at least 0"));
        }
        BigDecimal revenue = target.revenue();
        if (revenue == null) {
            violations.add(new FieldViolation("revenue", "is required"));
        } else if (revenue.signum() < 0 || revenue.compareTo(SalesItemValidator.MAX_AMOUNT) >= 0
                || revenue.stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation("revenue", "must be at least 0 and less than "
                    + SalesItemValidator.MAX_AMOUNT.toPlainString() + ", with at most 2 decimals"));
        }
        return violations;
    }

}
