package org.opensales.sales.impl.internal;

import java.util.EnumMap;
import java.util.Map;

import org.opensales.sales.api.Phase;

/** The probability of an item whose probability nobody set by hand: a default per phase. */
final class ProbabilityDefaults {

    private final Map<Phase, Integer> byPhase;

    private ProbabilityDefaults(Map<Phase, Integer> byPhase) {
        this.byPhase = new EnumMap<>(byPhase);
    }

    /** @return the defaults of the Covide manual: 10, 40, 100, 100 and 0 percent */
    static ProbabilityDefaults standard() {
        return new ProbabilityDefaults(Map.of(
                Phase.PROSPECT, 10,
                Phase.QUOTE, 40,
                Phase.ORDER, 100,
                Phase.INVOICE, 100,
                Phase.LOST, 0));
    }

    /**
     * @param config the module's configuration
     * @return the configured defaults
     */
    static ProbabilityDefaults of(SalesDatabaseConfig config) {
        return new ProbabilityDefaults(Map.of(
                Phase.PROSPECT, config.probability_prospect(),
                Phase.QUOTE, config.probability_quote(),
                Phase.ORDER, config.probability_order(),
                Phase.INVOICE, config.probability_invoice(),
                Phase.LOST, config.probability_lost()));
    }

    /**
     * @param phase a phase
     * @return the default probability in percent of an item in that phase
     */
    int forPhase(Phase phase) {
        return byPhase.get(phase);
    }
}
