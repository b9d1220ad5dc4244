package org.opensales.sales.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opensales.sales.api.InvalidTransitionException;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/**
 * The rules that turn a request into the item to store: defaults of a new item, the allowed phase
 * changes, the phase dates stamped when a phase is reached, and the probability that follows the
 * phase unless it was set by hand.
 */
final class ItemRules {

    private final ProbabilityDefaults probabilities;

    ItemRules(ProbabilityDefaults probabilities) {
        this.probabilities = probabilities;
    }

    /** A given probability counts as set by hand; an absent one is the phase's default. */
    SalesItem forCreate(NewSalesItem item, String userId, LocalDate today) {
        Phase phase = item.phase() == null ? Phase.PROSPECT : item.phase();
        return PhaseDates.stamp(SalesItem.builder()
                .title(item.title())
                .contactId(item.contactId())
                .salespersonId(item.salespersonId())
                .phase(phase)
                .expectedCloseDate(item.expectedCloseDate())
                .probability(item.probability() == null ? probabilities.forPhase(phase) : item.probability())
                .probabilityOverridden(item.probability() != null)
                .amount(item.amount() == null ? BigDecimal.ZERO : item.amount())
                .currency(item.currency() == null ? "EUR" : item.currency())
                .source(item.source())
                .description(item.description())
                .extraContactIds(item.extraContactIds())
                .tags(item.tags())
                .sharedWith(item.sharedWith())
                .createdBy(userId)
                .updatedBy(userId)
                .build(), today);
    }

    /**
     * @throws InvalidTransitionException when the phase change is not allowed
     */
    SalesItem forUpdate(SalesItem stored, SalesItem requested, String userId, LocalDate today) {
        Phase from = stored.phase();
        Phase to = requested.phase();
        if (from != to && !from.canMoveTo(to)) {
            throw new InvalidTransitionException(from, to, why(from, to));
        }
        return settle(stored, requested.toBuilder().createdBy(stored.createdBy()).createdAt(stored.createdAt()),
                requested, userId, today);
    }

    /** Returns a lost item to an earlier phase and clears what belongs to being lost. */
    SalesItem forReopen(SalesItem stored, Phase target, String userId, LocalDate today) {
        SalesItem requested = stored.toBuilder().phase(target).lostDate(null).lostReason("").lostNote("").build();
        return settle(stored, requested.toBuilder(), requested, userId, today);
    }

    private SalesItem settle(SalesItem stored, SalesItem.Builder b, SalesItem requested, String userId,
                             LocalDate today) {
        if (requested.probability() != stored.probability()) {
            b.probabilityOverridden(true);
        } else if (!requested.probabilityOverridden()) {
            b.probability(probabilities.forPhase(requested.phase()));
        }
        return PhaseDates.stamp(b.updatedBy(userId).build(), today);
    }

    private static String why(Phase from, Phase to) {
        if (from == Phase.LOST) {
            return "a lost item comes back only by reopening it";
        }
        if (to == Phase.LOST) {
            return "only an open item (PROSPECT or QUOTE) can be lost";
        }
        return "phases only move forward";
    }
}
