package org.opensales.sales.impl.internal.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opensales.sales.api.Lead;

/**
 * The configurable rule that decides whether a valid lead is ready for sales.
 *
 * @param requireSalesReady   whether the lead must be marked sales-ready
 * @param minimumScore        the lowest score that qualifies
 * @param requiredContactData the contact data the lead must have
 */
record QualificationRule(boolean requireSalesReady, int minimumScore, RequiredContactData requiredContactData) {

    /**
     * Judges a lead.
     *
     * @param lead a valid lead with stripped, non-null texts
     * @return every failed part of the rule, joined, or empty when the lead qualifies
     */
    Optional<String> refusal(Lead lead) {
        List<String> failed = new ArrayList<>();
        if (requireSalesReady && !lead.salesReady()) {
            failed.add("not marked sales-ready");
        }
        if (lead.score() < minimumScore) {
            failed.add("score " + lead.score() + " is below the minimum " + minimumScore);
        }
        requiredContactData.missingIn(lead.email(), lead.phone()).ifPresent(failed::add);
        return failed.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", failed));
    }
}
