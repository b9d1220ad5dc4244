package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.SalesTarget;
import org.opensales.sales.api.ValidationException;

class SalesTargetsImplTest extends SalesTestSupport {

    private static final YearMonth JANUARY = YearMonth.of(2025, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2025, 2);
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private final SalesTargetsImpl targets = new SalesTargetsImpl(SharedDatabases.salesDatabase(dataSource), users);

    @BeforeEach
    void noTargets() {
        TestDatabase.execute(dataSource, "DELETE FROM sales_target");
    }

    @Test
    void aManagerSetsAndReplacesTargets() {
        SalesTarget saved = targets.save(target("pieter", FEBRUARY, 3, "1500.5"));
        targets.save(target("fatima", FEBRUARY, 2, "800"));
        SalesTarget replaced = targets.save(target("pieter", FEBRUARY, 4, "2000.00"));

        assertThat(saved).isEqualTo(target("pieter", FEBRUARY, 3, "1500.50"));
        assertThat(replaced).isEqualTo(target("pieter", FEBRUARY, 4, "2000.00"));
        assertThat(targets.targets(FEBRUARY, FEBRUARY)).containsExactly(
                target("fatima", FEBRUARY, 2, "800.00"), target("pieter", FEBRUARY, 4, "2000.00"));
        assertThat(rows("sales_target")).isEqualTo(2);
    }

    @Test
    void targetsOfARangeOfMonthsByMonthThenSalesperson() {
        targets.save(target("tom", MARCH, 1, "100.00"));
        targets.save(target("pieter", MARCH, 2, "200.00"));
        targets.save(target("pieter", JANUARY, 3, "300.00"));
        targets.save(target("fatima", YearMonth.of(2025, 4), 4, "400.00"));

        assertThat(targets.targets(FEBRUARY, MARCH)).containsExactly(
                target("pieter", MARCH, 2, "200.00"), target("tom", MARCH, 1, "100.00"));
        assertThat(targets.targets(JANUARY, JANUARY)).containsExactly(target("pieter", JANUARY, 3, "300.00"));
    }

    @Test
    void aSalespersonReadsOwnTargetsAViewerAll() {
        targets.save(target("pieter", MARCH, 2, "200.00"));
        targets.save(target("tom", MARCH, 1, "100.00"));

        users.actAs("pieter");
        assertThat(targets.targets(MARCH, MARCH)).containsExactly(target("pieter", MARCH, 2, "200.00"));
        users.actAs("fatima");
        assertThat(targets.targets(MARCH, MARCH)).isEmpty();
        users.actAs("vera");
        assertThat(targets.targets(MARCH, MARCH)).hasSize(2);
        users.actAs("nora");
        assertThatThrownBy(() -> targets.targets(MARCH, MARCH)).isInstanceOf(AccessDeniedException.class);
        users.actAs(null);
        assertThatThrownBy(() -> targets.targets(MARCH, MARCH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAManagerSetsTargets() {
        for (String user : new String[] {"pieter", "vera", "nora"}) {
            users.actAs(user);
            assertThatThrownBy(() -> targets.save(target("pieter", MARCH, 9, "9.00")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rows("sales_target")).isZero();
    }

    @Test
    void targetsAreValidated() {
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> targets.save(target("ghost", null, -1, "-0.01"))).violations()).containsExactly(
                new FieldViolation("salespersonId", "must be a user with the salesperson role"),
                new FieldViolation("month", "is required"),
                new FieldViolation("orders", "must be at least 0"),
                new FieldViolation("revenue", "must be at least 0 and less than 100000000000000, with at most 2 decimals"));
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> targets.save(target("sanne", MARCH, 1, "1.005"))).violations()).extracting(FieldViolation::field)
                .containsExactly("salespersonId", "revenue");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> targets.save(target(" ", MARCH, 0, null))).getMessage())
                .isEqualTo("salespersonId is required; revenue is required");
        assertThatThrownBy(() -> targets.targets(MARCH, FEBRUARY)).isInstanceOf(ValidationException.class)
                .hasMessage("to must not be before from");
        assertThat(rows("sales_target")).isZero();
        assertThat(targets.save(target("tom", MARCH, 0, "0"))).isEqualTo(target("tom", MARCH, 0, "0.00"));
    }

    private static SalesTarget target(String salespersonId, YearMonth month, int orders, String revenue) {
        return new SalesTarget(salespersonId, month, orders, revenue == null ? null : new BigDecimal(revenue));
    }
}
