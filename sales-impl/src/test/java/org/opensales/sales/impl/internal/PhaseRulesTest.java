package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.InvalidTransitionException;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

class PhaseRulesTest extends SalesTestSupport {

    static List<Arguments> transitions(boolean allowed) {
        List<Arguments> pairs = new ArrayList<>();
        for (Phase from : Phase.values()) {
            for (Phase to : Phase.values()) {
                if (from != to && from.canMoveTo(to) == allowed) {
                    pairs.add(Arguments.of(from, to));
                }
            }
        }
        return pairs;
    }

    static List<Arguments> refused() {
        return transitions(false);
    }

    static List<Arguments> allowed() {
        return transitions(true);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refused")
    void updateRefusesATransitionNamingItAndChangesNothing(Phase from, Phase to) {
        SalesItem item = itemIn(from, "pieter");
        SalesItem.Builder change = item.toBuilder().phase(to);
        if (to == Phase.LOST) {
            change.lostReason("No budget");
        }

        InvalidTransitionException e = catchThrowableOfType(InvalidTransitionException.class,
                () -> service.update(change.build()));

        assertThat(e.from()).isEqualTo(from);
        assertThat(e.to()).isEqualTo(to);
        assertThat(e.getMessage()).startsWith("Phase change " + from + " -> " + to + " is not allowed: ");
        assertThat(service.get(item.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(item);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowed")
    void updateMakesEveryAllowedTransitionAndStampsTheDate(Phase from, Phase to) {
        SalesItem item = itemIn(from, "pieter");
        SalesItem.Builder change = item.toBuilder().phase(to);
        if (to == Phase.LOST) {
            change.lostReason("No budget");
        }

        SalesItem moved = service.update(change.build());

        assertThat(moved.phase()).isEqualTo(to);
        assertThat(PhaseDates.dateOf(moved, to)).isEqualTo(TODAY);
    }

    @Test
    void markWonMovesAnOpenItemToOrder() {
        SalesItem quote = itemIn(Phase.QUOTE, "pieter");

        SalesItem won = service.markWon(quote.id(), quote.version());

        assertThat(won.phase()).isEqualTo(Phase.ORDER);
        assertThat(won.orderDate()).isEqualTo(TODAY);
        assertThat(won.probability()).isEqualTo(100);
        assertThat(service.markWon(itemIn(Phase.PROSPECT, "pieter").id(), 1).phase()).isEqualTo(Phase.ORDER);
    }

    @Test
    void markWonRefusesAnItemThatIsNotOpen() {
        for (Phase phase : List.of(Phase.ORDER, Phase.INVOICE, Phase.LOST)) {
            SalesItem item = itemIn(phase, "pieter");

            assertThat(catchThrowableOfType(InvalidTransitionException.class,
                    () -> service.markWon(item.id(), item.version())).getMessage())
                    .isEqualTo("Phase change " + phase + " -> ORDER is not allowed: only an open item can be won");
        }
    }

    @Test
    void markLostKeepsReasonNoteAndDate() {
        SalesItem quote = itemIn(Phase.QUOTE, "pieter");

        SalesItem lost = service.markLost(quote.id(), quote.version(), "Chose a competitor", "went with <Acme>");

        assertThat(lost.phase()).isEqualTo(Phase.LOST);
        assertThat(lost.lostDate()).isEqualTo(TODAY);
        assertThat(lost.lostReason()).isEqualTo("Chose a competitor");
        assertThat(lost.lostNote()).isEqualTo("went with <Acme>");
        assertThat(lost.probability()).isZero();
    }

    @Test
    void markLostRefusesAnItemThatIsNotOpen() {
        for (Phase phase : List.of(Phase.ORDER, Phase.INVOICE, Phase.LOST)) {
            SalesItem item = itemIn(phase, "pieter");

            assertThat(catchThrowableOfType(InvalidTransitionException.class,
                    () -> service.markLost(item.id(), item.version(), "No budget", "")).getMessage())
                    .startsWith("Phase change " + phase + " -> LOST is not allowed");
        }
    }

    @Test
    void reopenReturnsToThePhaseBeforeLostAndClearsTheLostValues() {
        SalesItem quote = itemIn(Phase.QUOTE, "pieter");
        SalesItem lost = service.markLost(quote.id(), quote.version(), "No budget", "maybe next year");

        SalesItem reopened = service.reopen(lost.id(), lost.version());

        assertThat(reopened.phase()).isEqualTo(Phase.QUOTE);
        assertThat(reopened.lostDate()).isNull();
        assertThat(reopened.lostReason()).isEmpty();
        assertThat(reopened.lostNote()).isEmpty();
        assertThat(reopened.quoteDate()).isEqualTo(quote.quoteDate());
        assertThat(reopened.probability()).isEqualTo(40);

        SalesItem prospect = itemIn(Phase.PROSPECT, "pieter");
        SalesItem lostProspect = service.markLost(prospect.id(), prospect.version(), "No budget", "");
        assertThat(service.reopen(lostProspect.id(), lostProspect.version()).phase()).isEqualTo(Phase.PROSPECT);
    }

    @Test
    void reopenUsesTheLatestLoss() {
        SalesItem prospect = itemIn(Phase.PROSPECT, "pieter");
        SalesItem lost = service.markLost(prospect.id(), prospect.version(), "No budget", "");
        SalesItem reopened = service.reopen(lost.id(), lost.version());
        SalesItem quote = service.update(reopened.toBuilder().phase(Phase.QUOTE).build());
        SalesItem lostAgain = service.markLost(quote.id(), quote.version(), "Bad timing", "");

        assertThat(service.reopen(lostAgain.id(), lostAgain.version()).phase()).isEqualTo(Phase.QUOTE);
    }

    @Test
    void reopenRefusesAnItemThatIsNotLost() {
        SalesItem order = itemIn(Phase.ORDER, "pieter");

        assertThat(catchThrowableOfType(InvalidTransitionException.class,
                () -> service.reopen(order.id(), order.version())).getMessage())
                .isEqualTo("Phase change ORDER -> PROSPECT is not allowed: only a lost item can be reopened");
    }

    @Test
    void phaseDatesAreEditableWhenConsistent() {
        SalesItem order = itemIn(Phase.ORDER, "pieter");

        SalesItem edited = service.update(order.toBuilder().prospectDate(LocalDate.of(2025, 1, 2))
                .orderDate(LocalDate.of(2025, 2, 3)).build());

        assertThat(edited.prospectDate()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(edited.quoteDate()).isNull();
        assertThat(edited.orderDate()).isEqualTo(LocalDate.of(2025, 2, 3));
    }

    @Test
    void phaseDatesMustNotGoBackInTime() {
        SalesItem invoice = itemIn(Phase.INVOICE, "pieter");

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> service.update(invoice.toBuilder()
                .prospectDate(LocalDate.of(2025, 3, 10)).quoteDate(LocalDate.of(2025, 3, 9))
                .orderDate(LocalDate.of(2025, 3, 8)).invoiceDate(LocalDate.of(2025, 3, 8)).build()));

        assertThat(e.violations()).extracting(FieldViolation::toString).containsExactly(
                "quoteDate must not be before prospectDate",
                "orderDate must not be before quoteDate");
        assertThat(catchThrowableOfType(ValidationException.class, () -> service.update(invoice.toBuilder()
                .quoteDate(null).orderDate(LocalDate.of(2025, 3, 1)).build())).getMessage())
                .as("a skipped phase compares with the one before it")
                .isEqualTo("orderDate must not be before prospectDate");
    }

    @Test
    void phasesNotReachedHaveNoDate() {
        SalesItem quote = itemIn(Phase.QUOTE, "pieter");
        SalesItem lost = itemIn(Phase.LOST, "pieter");

        assertThat(catchThrowableOfType(ValidationException.class, () -> service.update(quote.toBuilder()
                .invoiceDate(TODAY).lostDate(TODAY).build())).violations())
                .extracting(FieldViolation::toString).containsExactly(
                        "invoiceDate must be empty while the phase is QUOTE",
                        "lostDate must be empty unless the phase is LOST");
        assertThat(catchThrowableOfType(ValidationException.class, () -> service.update(lost.toBuilder()
                .orderDate(TODAY).lostDate(TODAY.minusDays(1)).build())).violations())
                .extracting(FieldViolation::toString).containsExactly(
                        "orderDate must be empty while the phase is LOST",
                        "lostDate must not be before prospectDate");
    }

    @Test
    void reachingAPhaseKeepsADateAlreadySet() {
        SalesItem prospect = itemIn(Phase.PROSPECT, "pieter");
        SalesItem lost = service.markLost(prospect.id(), prospect.version(), "No budget", "");
        SalesItem backdated = service.update(lost.toBuilder().lostDate(TODAY.plusDays(3)).build());

        assertThat(backdated.lostDate()).isEqualTo(TODAY.plusDays(3));
        assertThat(backdated.prospectDate()).isEqualTo(TODAY);
    }
}
