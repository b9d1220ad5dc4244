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

    /**
     * Times a task: some untimed warm-up runs, then the timed ones.
     *
     * @param warmup     untimed runs first
     * @param iterations timed runs
     * @param task       one run
     * @return the timings
     */
    static Stats time(int warmup, int iterations, Task task) throws Exception {
        for (int i = 0; i < warmup; i++) {
            task.run(i);
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            task.run(warmup + i);
            nanos[i] = System.nanoTime() - start;
        }
        return new Stats(nanos);
    }

    /** One timed run; the argument counts the runs from 0, warm-up included. */
    @FunctionalInterface
    interface Task {
        void run(int iteration) throws Exception;
    }
}
