package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

class SalesValidationTest extends SalesTestSupport {

    static List<Arguments> brokenRules() {
        return List.of(
                broken(d -> d.title(null), "title", "is required"),
                broken(d -> d.title("   "), "title", "is required"),
                broken(d -> d.title("x".repeat(201)), "title", "must be at most 200 characters"),
                broken(d -> d.contactId(0), "contactId", "is required"),
                broken(d -> d.contactId(999), "contactId", "refers to no contact"),
                broken(d -> d.salespersonId(null), "salespersonId", "is required"),
                broken(d -> d.salespersonId("nobody"), "salespersonId", "refers to no user"),
                broken(d -> d.salespersonId("p".repeat(65)), "salespersonId", "must be at most 64 characters"),
                broken(d -> d.probability(-1), "probability", "must be between 0 and 100"),
                broken(d -> d.probability(101), "probability", "must be between 0 and 100"),
                broken(d -> d.amount("-0.01"), "amount", "must be at least 0 and less than 100000000000000"),
                broken(d -> d.amount("100000000000000"), "amount", "must be at least 0 and less than 100000000000000"),
                broken(d -> d.amount("1.005"), "amount", "must have at most 2 decimals"),
                broken(d -> d.currency("XYZ"), "currency", "must be an ISO 4217 code"),
                broken(d -> d.currency("eur"), "currency", "must be an ISO 4217 code"),
                broken(d -> d.source("s".repeat(101)), "source", "must be at most 100 characters"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("brokenRules")
    void createRefusesEachBrokenRuleAndWritesNothing(UnaryOperator<NewItemDraft> breaker, String field, String rule) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.create(breaker.apply(new NewItemDraft()).build()));

        assertThat(e.violations()).containsExactly(new FieldViolation(field, rule));
        assertThat(e.getMessage()).isEqualTo(field + " " + rule);
        assertThat(rowsInTable()).isZero();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInFieldOrder() {
        NewSalesItem bad = new NewSalesItem("", 999, "nobody", Phase.QUOTE, null, 150,
                new BigDecimal("-1.234"), "ZZZ", null);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.create(bad));

        assertThat(e.violations()).extracting(FieldViolation::toString).containsExactly(
                "title is required",
                "contactId refers to no contact",
                "salespersonId refers to no user",
                "probability must be between 0 and 100",
                "amount must be at least 0 and less than 100000000000000",
                "amount must have at most 2 decimals",
                "currency must be an ISO 4217 code");
        assertThat(rowsInTable()).isZero();
    }

    @Test
    void updateIsValidatedAndARefusedUpdateChangesNothing() {
        SalesItem created = service.create(new NewItemDraft().build());

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.update(
                created.toBuilder().title(null).probability(-5).phase(Phase.LOST).build()));

        assertThat(e.violations()).extracting(FieldViolation::toString)
                .containsExactly("title is required", "probability must be between 0 and 100");
        assertThat(service.get(created.id()).orElseThrow())
                .usingRecursiveComparison().isEqualTo(created);
    }

    @Test
    void amountWithTrailingZerosBeyondTwoDecimalsIsAccepted() {
        SalesItem created = service.create(new NewItemDraft().amount("12.3400").build());

        assertThat(created.amount()).isEqualByComparingTo("12.34").hasScaleOf(2);
    }

    @Test
    void pageBoundsAreValidatedTogether() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.find(SalesFilter.all(), List.of(), -1, 0));

        assertThat(e.violations()).extracting(FieldViolation::toString)
                .containsExactly("offset must be at least 0", "limit must be between 1 and 1000");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.find(SalesFilter.all(), List.of(), 0, 1001)).violations())
                .containsExactly(new FieldViolation("limit", "must be between 1 and 1000"));
        assertThat(service.find(SalesFilter.all(), List.of(), 0, 1000)).isEmpty();
    }

    private static Arguments broken(UnaryOperator<NewItemDraft> breaker, String field, String rule) {
        return Arguments.of(breaker, field, rule);
    }
}
