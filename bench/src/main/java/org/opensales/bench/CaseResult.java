package org.opensales.bench;

import java.util.List;

/**
 * The outcome of one case: the service's and the floor's timings against the case's target.
 *
 * @param name      the case
 * @param service   the service call's timings, or null when the case could not run
 * @param floor     the replayed statements' timings, or null when the case could not run
 * @param targetMs  the p95 the case must stay within, or null for a case shown for comparison only
 * @param statements how many statements the call issued
 * @param note      what to know besides the figures; empty for nothing
 * @param explain   the plan of the slowest statement when the target is missed; empty otherwise
 */
record CaseResult(String name, Stats service, Stats floor, Double targetMs, int statements, String note,
                  List<String> explain) {

    /** The largest service/floor ratio of the medians allowed. */
    static final double MAX_RATIO = 1.3;

    /** @return service median over floor median, or NaN without a floor */
    double ratio() {
        return floor == null ? Double.NaN : service.medianMs() / floor.medianMs();
    }

    /** @return PASS, MISS, or "-" without a target */
    String targetVerdict() {
        return targetMs == null ? "-" : service.p95Ms() <= targetMs ? "PASS" : "MISS";
    }

    /** @return PASS, MISS, or "-" without a floor */
    String ratioVerdict() {
        return floor == null ? "-" : ratio() <= MAX_RATIO ? "PASS" : "MISS";
    }
}
