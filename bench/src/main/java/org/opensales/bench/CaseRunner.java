package org.opensales.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times service calls beside their floor. A case's statements are recorded from one call, then the
 * call is timed again and again, then its statements are replayed as often through plain JDBC.
 * Calls slower than {@value #SLOW_MS} ms get fewer iterations.
 */
final class CaseRunner {

    private static final double SLOW_MS = 50;

    private final StatementRecorder recorder;
    private final FloorReplay floor;
    private final int iterations;
    private final int slowIterations;
    private final List<CaseResult> results = new ArrayList<>();

    CaseRunner(StatementRecorder recorder, FloorReplay floor, int iterations, int slowIterations) {
        this.recorder = recorder;
        this.floor = floor;
        this.iterations = iterations;
        this.slowIterations = slowIterations;
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
        Plan plan = plan(call);
        Stats service = Stats.time(plan.warmup, plan.iterations, i -> call.call());
        floor.resetStatementTimes();
        Stats replay = Stats.time(plan.warmup, plan.iterations, i -> floor.replay(statements, false));
        add(new CaseResult(name, service, replay, targetMs, statements.size(), note, List.of()), statements);
    }

    /**
     * Measures calls that a user makes together (the report tabs): each call and the sum are timed in
     * the same iterations, beside the replay of each call's statements.
     *
     * @param name      the group
     * @param targetMs  the target of the sum
     * @param names     the name of each call
     * @param calls     the calls
     */
    void group(String name, Double targetMs, List<String> names, List<Callable<?>> calls) throws Exception {
        List<List<RecordedStatement>> statements = new ArrayList<>();
        for (Callable<?> call : calls) {
            statements.add(recorder.record(call));
        }
        Plan plan = plan(() -> {
            for (Callable<?> call : calls) {
                call.call();
            }
            return null;
        });
        long[][] service = timeEach(plan, calls.size(), (k, i) -> calls.get(k).call());
        floor.resetStatementTimes();
        long[][] replay = timeEach(plan, calls.size(), (k, i) -> floor.replay(statements.get(k), false));
        for (int k = 0; k < calls.size(); k++) {
            add(new CaseResult(name + " " + names.get(k), new Stats(service[k]), new Stats(replay[k]), null,
                    statements.get(k).size(), "", List.of()), statements.get(k));
        }
        int all = statements.stream().mapToInt(List::size).sum();
        add(new CaseResult(name + " all tabs together", new Stats(service[calls.size()]),
                new Stats(replay[calls.size()]), targetMs, all, "", List.of()), statements.stream().flatMap(List::stream).toList());
    }

    /**
     * Measures a writing call whose floor replays its statements in a committed transaction.
     *
     * @param name       the case
     * @param targetMs   the p95 target
     * @param note       shown with the results
     * @param recorded   records one call and returns its statements
     * @param call       a fresh call for iteration i (set-up outside the timing is the caller's)
     * @param adapt      turns the recorded statements into those of the replay of iteration i
     * @param afterFloor runs after the floor's iterations, to tidy up
     */
    void write(String name, Double targetMs, String note, Callable<List<RecordedStatement>> recorded,
               Timed call, Adapt adapt, Callable<?> afterFloor) throws Exception {
        List<RecordedStatement> statements = recorded.call();
        int warmup = 20;
        Stats service = timed(warmup, iterations, call);
        floor.resetStatementTimes();
        Stats replay = timed(warmup, iterations, i -> {
            List<RecordedStatement> adapted = adapt.apply(statements, i);
            long start = System.nanoTime();
            floor.replay(adapted, true);
            return System.nanoTime() - start;
        });
        afterFloor.call();
        add(new CaseResult(name, service, replay, targetMs, statements.size(), note, List.of()), statements);
    }

    /** Records a case without a floor, such as one that cannot run. */
    void skipped(String name, String note) {
        results.add(new CaseResult(name, new Stats(new long[] {0}), null, null, 0, note, List.of()));
    }

    private void add(CaseResult result, List<RecordedStatement> statements) throws Exception {
        CaseResult withPlan = result;
        if ("MISS".equals(result.targetVerdict())) {
            RecordedStatement slowest = floor.slowestQuery(statements);
            if (slowest != null) {
                List<String> explain = new ArrayList<>();
                explain.add(slowest.toString());
                explain.addAll(floor.explain(slowest));
                withPlan = new CaseResult(result.name(), result.service(), result.floor(), result.targetMs(),
                        result.statements(), result.note(), explain);
            }
        }
        results.add(withPlan);
        CaseResult r = withPlan;
        System.out.printf("%-44s service median %8.2f p95 %8.2f | floor median %8.2f p95 %8.2f | %d stmts, n=%d%n",
                r.name(), r.service().medianMs(), r.service().p95Ms(), r.floor().medianMs(), r.floor().p95Ms(),
                r.statements(), r.service().count());
    }

    private Plan plan(Callable<?> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        double ms = (System.nanoTime() - start) / 1e6;
        return ms > SLOW_MS ? new Plan(2, slowIterations) : new Plan(20, iterations);
    }

    private static long[][] timeEach(Plan plan, int calls, Step step) throws Exception {
        long[][] nanos = new long[calls + 1][plan.iterations];
        for (int i = 0; i < plan.warmup + plan.iterations; i++) {
            long total = 0;
            for (int k = 0; k < calls; k++) {
                long start = System.nanoTime();
                step.run(k, i);
                long took = System.nanoTime() - start;
                total += took;
                if (i >= plan.warmup) {
                    nanos[k][i - plan.warmup] = took;
                }
            }
            if (i >= plan.warmup) {
                nanos[calls][i - plan.warmup] = total;
            }
        }
        return nanos;
    }

    private static Stats timed(int warmup, int iterations, Timed run) throws Exception {
        long[] nanos = new long[iterations];
        for (int i = 0; i < warmup + iterations; i++) {
            long took = run.nanos(i);
            if (i >= warmup) {
                nanos[i - warmup] = took;
            }
        }
        return new Stats(nanos);
    }

    private record Plan(int warmup, int iterations) {
    }

    @FunctionalInterface
    private interface Step {
        void run(int call, int iteration) throws Exception;
    }

    /** One run that does its own untimed set-up and returns the nanoseconds of the timed part. */
    @FunctionalInterface
    interface Timed {
        long nanos(int iteration) throws Exception;
    }

    /** Adapts recorded statements to a later replay. */
    @FunctionalInterface
    interface Adapt {
        List<RecordedStatement> apply(List<RecordedStatement> recorded, int iteration);
    }
}
