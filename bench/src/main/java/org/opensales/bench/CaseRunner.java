package org.opensales.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times service calls beside their floor. A case's statements are recorded from one call; then the
 * call and the replay of its statements through plain JDBC are timed in turns, so that both meet the
 * same load of a shared machine. Calls slower than {@value #SLOW_MS} ms get fewer iterations.
 */
final class CaseRunner {

    private static final double SLOW_MS = 50;
    private static final int WARMUP = 200;
    private static final int SLOW_WARMUP = 2;

    private final StatementRecorder recorder;
    private final FloorReplay floor;
    private final int iterations;
    private final int slowIterations;
    private final List<CaseResult> results = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    CaseRunner(StatementRecorder recorder, FloorReplay floor, int iterations, int slowIterations) {
        this.recorder = recorder;
        this.floor = floor;
        this.iterations = iterations;
        this.slowIterations = slowIterations;
    }

    /**
     * Adds a measured line that has no floor, such as the Sales view's.
     *
     * @param line the figures and their verdicts
     */
    void line(String line) {
        System.out.println(line);
        lines.add(line);
    }

    /** @return the lines added with {@link #line} */
    List<String> lines() {
        return lines;
    }

    List<CaseResult> results() {
        return results;
    }

    /**
     * Measures a reading call.
     *
     * @param name     the case
     * @param targetMs the p95 target, or null for none
     * @param note     shown with the results; may be empty
     * @param call     the service call
     */
    void read(String name, Double targetMs, String note, Callable<?> call) throws Exception {
        List<RecordedStatement> statements = recorder.record(call);
        String others = recorder.lastOtherCalls();
        Plan plan = plan(call);
        floor.resetStatementTimes();
        long[][] nanos = alternate(plan, i -> time(call), i -> time(() -> floor.replay(statements, false)));
        add(new CaseResult(name, new Stats(nanos[0]), new Stats(nanos[1]), targetMs, statements.size(),
                join(note, others), List.of()), statements);
    }

    /**
     * Measures calls that a user makes together (the report tabs): each call and the sum are timed in
     * the same iterations, beside the replay of each call's statements.
     *
     * @param name     the group
     * @param targetMs the target of the sum
     * @param names    the name of each call
     * @param calls    the calls
     */
    void group(String name, Double targetMs, List<String> names, List<Callable<?>> calls) throws Exception {
        List<List<RecordedStatement>> statements = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Callable<?> call : calls) {
            statements.add(recorder.record(call));
            others.add(recorder.lastOtherCalls());
        }
        Plan plan = plan(() -> {
            for (Callable<?> call : calls) {
                call.call();
            }
            return null;
        });
        floor.resetStatementTimes();
        long[][] service = new long[calls.size() + 1][plan.iterations];
        long[][] replay = new long[calls.size() + 1][plan.iterations];
        for (int i = 0; i < plan.warmup + plan.iterations; i++) {
            int at = i - plan.warmup;
            timeEach(at, service, k -> calls.get(k).call());
            timeEach(at, replay, k -> floor.replay(statements.get(k), false));
        }
        for (int k = 0; k < calls.size(); k++) {
            add(new CaseResult(name + " " + names.get(k), new Stats(service[k]), new Stats(replay[k]), null,
                    statements.get(k).size(), others.get(k), List.of()), statements.get(k));
        }
        List<RecordedStatement> all = statements.stream().flatMap(List::stream).toList();
        add(new CaseResult(name + " all tabs together", new Stats(service[calls.size()]),
                new Stats(replay[calls.size()]), targetMs, all.size(), "", List.of()), all);
    }

    /**
     * Measures a writing call whose floor replays its statements in a committed transaction.
     *
     * @param name       the case
     * @param targetMs   the p95 target
     * @param note       shown with the results
     * @param statements the statements of one recorded call, for the statement count and the plan
     * @param call       a fresh call for iteration i, timing itself (its set-up is not timed)
     * @param replay     the statements the floor replays in iteration i; an even number of iterations
     *                   is run, warm-up included
     * @param afterFloor runs after the floor's iterations, to tidy up
     */
    void write(String name, Double targetMs, String note, List<RecordedStatement> statements, Timed call,
               Replay replay, Callable<?> afterFloor) throws Exception {
        String others = recorder.lastOtherCalls();
        floor.resetStatementTimes();
        long[][] nanos = alternate(new Plan(WARMUP, iterations + iterations % 2), call, i -> {
            List<RecordedStatement> adapted = replay.statements(i);
            return time(() -> floor.replay(adapted, true));
        });
        afterFloor.call();
        add(new CaseResult(name, new Stats(nanos[0]), new Stats(nanos[1]), targetMs, statements.size(),
                join(note, others), List.of()), statements);
    }

    /** Records a case that could not run, with the reason. */
    void skipped(String name, String note) {
        System.out.println(name + ": " + note);
        results.add(new CaseResult(name, null, null, null, 0, note, List.of()));
    }

    private void add(CaseResult result, List<RecordedStatement> statements) throws Exception {
        CaseResult r = result;
        if ("MISS".equals(result.targetVerdict())) {
            RecordedStatement slowest = floor.slowestQuery(statements);
            if (slowest != null) {
                List<String> explain = new ArrayList<>();
                explain.add(slowest.toString());
                explain.addAll(floor.explain(slowest));
                r = new CaseResult(result.name(), result.service(), result.floor(), result.targetMs(),
                        result.statements(), result.note(), explain);
            }
        }
        results.add(r);
        System.out.printf("%-46s service median %8.2f p95 %8.2f | floor median %8.2f p95 %8.2f | %d stmts, n=%d%n",
                r.name(), r.service().medianMs(), r.service().p95Ms(), r.floor().medianMs(), r.floor().p95Ms(),
                r.statements(), r.service().count());
    }

    private static String join(String note, String more) {
        return note.isEmpty() ? more : more.isEmpty() ? note : note + "; " + more;
    }

    private Plan plan(Callable<?> call) throws Exception {
        double ms = time(call) / 1e6;
        return ms > SLOW_MS ? new Plan(SLOW_WARMUP, slowIterations) : new Plan(WARMUP, iterations);
    }

    /** Times each call once and their sum; keeps the times unless {@code at} is a warm-up run (below 0). */
    private static void timeEach(int at, long[][] nanos, Step step) throws Exception {
        long total = 0;
        int calls = nanos.length - 1;
        for (int k = 0; k < calls; k++) {
            int call = k;
            long took = time(() -> step.run(call));
            total += took;
            if (at >= 0) {
                nanos[k][at] = took;
            }
        }
        if (at >= 0) {
            nanos[calls][at] = total;
        }
    }

    /** @return the service's times and the floor's times, the two run in turns */
    private static long[][] alternate(Plan plan, Timed service, Timed floor) throws Exception {
        long[][] nanos = new long[2][plan.iterations];
        for (int i = 0; i < plan.warmup + plan.iterations; i++) {
            long s = service.nanos(i);
            long f = floor.nanos(i);
            if (i >= plan.warmup) {
                nanos[0][i - plan.warmup] = s;
                nanos[1][i - plan.warmup] = f;
            }
        }
        return nanos;
    }

    private static long time(Callable<?> run) throws Exception {
        long start = System.nanoTime();
        run.call();
        return System.nanoTime() - start;
    }

    private record Plan(int warmup, int iterations) {
    }

    @FunctionalInterface
    private interface Step {
        Object run(int call) throws Exception;
    }

    /** One run that does its own untimed set-up and returns the nanoseconds of the timed part. */
    @FunctionalInterface
    interface Timed {
        long nanos(int iteration) throws Exception;
    }

    /** The statements of a write's replay in a given iteration. */
    @FunctionalInterface
    interface Replay {
        List<RecordedStatement> statements(int iteration);
    }
}
