package org.opensales.bench;

import java.util.Arrays;

/** The timings of one side of a case, in nanoseconds, with median and 95th percentile in ms. */
final class Stats {

    private final long[] sorted;

    Stats(long[] nanos) {
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** @return how many iterations were timed */
    int count() {
        return sorted.length;
    }

    double medianMs() {
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }

    /** @return the nearest-rank 95th percentile */
    double p95Ms() {
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }
}
