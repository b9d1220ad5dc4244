package org.opensales.sales.impl.internal;

import java.time.LocalDate;
import java.util.List;

import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

/**
 * The consistency of the phase dates: the dates of PROSPECT, QUOTE, ORDER and INVOICE that are set
 * never go back in time (a skipped phase has none), the lost date is not before the prospect date,
 * and no phase the item has not reached has a date.
 */
final class PhaseDateRules {

    private static final List<Phase> WON_PATH = List.of(Phase.PROSPECT, Phase.QUOTE, Phase.ORDER, Phase.INVOICE);

    private PhaseDateRules() {
    }

    static void check(SalesItem item, List<FieldViolation> violations) {
        Phase previous = null;
        for (Phase phase : WON_PATH) {
            LocalDate date = PhaseDates.dateOf(item, phase);
            if (date == null) {
                continue;
            }
            if (!reached(item.phase(), phase)) {
                violations.add(new FieldViolation(field(phase), "must be empty while the phase is " + item.phase()));
            } else if (previous != null && date.isBefore(PhaseDates.dateOf(item, previous))) {
                violations.add(new FieldViolation(field(phase), "must not be before " + field(previous)));
            }
            previous = phase;
        }
        LocalDate lost = item.lostDate();
        if (lost != null) {
            if (item.phase() != Phase.LOST) {
                violations.add(new FieldViolation("lostDate", "must be empty unless the phase is LOST"));
            } else if (item.prospectDate() != null && lost.isBefore(item.prospectDate())) {
                violations.add(new FieldViolation("lostDate", "must not be before prospectDate"));
            }
        }
    }

    /** A LOST item reached at most QUOTE, since only open items are lost. */
    private static boolean reached(Phase current, Phase phase) {
        return current == Phase.LOST ? phase.isOpen() : phase.ordinal() <= current.ordinal();
    }

    static String field(Phase phase) {
        return phase.name().toLowerCase() + "Date";
    }
}
