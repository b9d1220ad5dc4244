package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LostReason;
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
                broken(d -> d.source("s".repeat(101)), "source", "must be at most 100 characters"),
                broken(d -> d.source("Billboard"), "source", "refers to no active source"),
                broken(d -> d.source("website"), "source", "refers to no active source"),
                broken(d -> d.description("d".repeat(4001)), "description", "must be at most 4000 characters"),
                broken(d -> d.extraContactIds(List.of(HostStandIns.BAKKERIJ, 998L, 999L)), "extraContactIds",
                        "refers to no contact: 998, 999"),
                broken(d -> d.salespersonId("vera"), "salespersonId",
                        "must be a user with the role salesperson or sales-manager"),
                broken(d -> d.salespersonId("nora"), "salespersonId",
                        "must be a user with the role salesperson or sales-manager"),
                broken(d -> d.phase(Phase.LOST), "phase", "must not be LOST for a new item"),
                broken(d -> d.tags(Set.of("t".repeat(51))), "tags", "must each have 1 to 50 characters"),
                broken(d -> d.tags(Set.of(" ")), "tags", "must each have 1 to 50 characters"),
                broken(d -> d.tags(IntStream.range(0, 21).mapToObj(i -> "t" + i).collect(Collectors.toSet())),
                        "tags", "must be at most 20"),
                broken(d -> d.tags(Set.of("Oven", "oven")), "tags", "must differ in more than case"),
                broken(d -> d.sharedWith(Set.of("fatima", "ghost")), "sharedWith", "refers to no user: ghost"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("brokenRules")
    void createRefusesEachBrokenRuleAndWritesNothing(UnaryOperator<NewItemDraft> breaker, String field, String rule) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.create(breaker.apply(new NewItemDraft()).build()));

        assertThat(e.violations()).containsExactly(new FieldViolation(field, rule));
        assertThat(e.getMessage()).isEqualTo(field + " " + rule);
        assertThat(rowsInTable()).isZero();
        assertThat(rows("sales_history") + rows("sales_item_tag") + rows("sales_item_contact")).isZero();
        assertThat(events.topics()).isEmpty();
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

        assertThat(e.violations()).extracting(FieldViolation::toString).containsExactly(
                "title is required",
                "probability must be between 0 and 100",
                "lostReason is required when the phase is LOST");
        assertThat(service.get(created.id()).orElseThrow())
                .usingRecursiveComparison().isEqualTo(created);
    }

    @Test
    void longestValuesFitExactly() {
        SalesItem created = service.create(new NewItemDraft().title("t".repeat(200)).description("é".repeat(4000))
                .tags(IntStream.range(0, 20).mapToObj(i -> (char) ('a' + i) + "🍞".repeat(49)).collect(Collectors.toSet()))
                .source("Campaign spring").amount("99999999999999.99").probability(100).build());
        SalesItem lost = service.markLost(created.id(), created.version(), "Bad timing", "🥐".repeat(1000));

        SalesItem read = service.get(created.id()).orElseThrow();
        assertThat(read.description()).hasSize(4000);
        assertThat(read.tags()).hasSize(20);
        assertThat(read.lostNote()).isEqualTo(lost.lostNote()).hasSize(2000);
    }

    @Test
    void aSourceOrLostReasonThatIsNoLongerActiveCannotBeChosenButStaysOnItsItems() {
        SalesItem onFair = service.create(new NewItemDraft().source("Trade fair").build());
        SalesItem lost = service.markLost(onFair.id(), onFair.version(), "No budget", "");
        catalog.saveSource(new LeadSource("Trade fair", BigDecimal.ZERO, false));
        catalog.saveLostReason(new LostReason("No budget", false));

        SalesItem edited = service.update(lost.toBuilder().title("still editable").build());

        assertThat(edited.source()).isEqualTo("Trade fair");
        assertThat(edited.lostReason()).isEqualTo("No budget");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.create(new NewItemDraft().source("Trade fair").build())).violations())
                .containsExactly(new FieldViolation("source", "refers to no active source"));
        SalesItem other = service.create(new NewItemDraft().build());
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.markLost(other.id(), other.version(), "No budget", "")).violations())
                .containsExactly(new FieldViolation("lostReason", "refers to no active lost reason"));
    }

    @Test
    void lostReasonIsRequiredAndMustBeKnown() {
        SalesItem item = service.create(new NewItemDraft().build());
        long history = rows("sales_history");

        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.markLost(item.id(), item.version(), " ", "note")).getMessage())
                .isEqualTo("lostReason is required when the phase is LOST");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.markLost(item.id(), item.version(), null, null)).getMessage())
                .isEqualTo("lostReason is required when the phase is LOST");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.markLost(item.id(), item.version(), "Too cold", "")).getMessage())
                .isEqualTo("lostReason refers to no active lost reason");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.update(item.toBuilder().phase(Phase.LOST).build())).getMessage())
                .isEqualTo("lostReason is required when the phase is LOST");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.update(item.toBuilder().lostReason("No budget").lostNote("n").build())).violations())
                .extracting(FieldViolation::toString).containsExactly(
                        "lostReason must be empty unless the phase is LOST",
                        "lostNote must be empty unless the phase is LOST");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> service.markLost(item.id(), item.version(), "No budget", "n".repeat(1001))).getMessage())
                .isEqualTo("lostNote must be at most 1000 characters");
        assertThat(service.get(item.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(item);
        assertThat(rows("sales_history")).isEqualTo(history);
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
