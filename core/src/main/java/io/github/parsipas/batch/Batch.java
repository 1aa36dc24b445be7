package io.github.parsipas.batch;

import io.github.parsipas.methodology.EvaluationException;
import io.github.parsipas.Evaluator;
import io.github.parsipas.report.BatchReport;
import io.github.parsipas.report.BatchReport.Rejected;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates many units at once on one shared evaluator (thread-safe: it holds no mutable state) and sums them up
 * in a {@link BatchReport}. Each unit's latest period is evaluated with its earlier periods as history, and its
 * previous period too, for the movement since. The output does not depend on the number of threads.
 */
public final class Batch {

    private final Evaluator evaluator;
    private final int threads;

    /** @param threads how many units to evaluate at once, at least 1 */
    public Batch(Evaluator evaluator, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: found " + threads + ", expected at least 1");
        }
        this.evaluator = evaluator;
        this.threads = threads;
    }

    /** The summary, and each unit's report on its latest period (by unit id). */
    public record Result(BatchReport summary, List<Report> reports) {
        public Result {
            reports = List.copyOf(reports);
        }
    }

    /** What one unit gave: its latest report, what its period before showed, the items judged, or why it could not be evaluated. */
    record Unit(Snapshot latest, @Nullable Report report, @Nullable Before previous, Set<String> judged, @Nullable Rejected failure) {
    }

    /** What the movement since the previous period needs of its report (not the report: a country's would not fit in memory twice). */
    record Before(String period, Map<String, java.math.BigDecimal> points, int problems) {
        static Before of(Report report) {
            Map<String, java.math.BigDecimal> points = new java.util.TreeMap<>();
            Summary.indices(report).forEach((code, index) -> points.put(code, index.points()));
            return new Before(report.period(), points, report.problems().size());
        }
    }

    /** Evaluates the snapshots read; {@code done} is called once per unit as it finishes (from any thread). */
    public Result run(BatchInput.Loaded input, Runnable done) {
        List<Rejected> rejected = new ArrayList<>(input.rejected());
        Map<String, List<Snapshot>> series = Series.of(input.snapshots(), rejected);
        List<Callable<Unit>> work = series.values().stream().<Callable<Unit>>map(unit -> () -> {
            try {
                return evaluate(unit);
            } finally {
                done.run();
            }
        }).toList();
        List<Unit> units = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<Unit> future : pool.invokeAll(work)) {
                units.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a unit's evaluation failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        units.stream().filter(u -> u.failure() != null).forEach(u -> rejected.add(u.failure()));
        List<Unit> evaluated = units.stream().filter(u -> u.failure() == null).toList();
        List<Snapshot> all = series.values().stream().flatMap(List::stream).toList();
        return new Result(Summary.of(evaluator.methodology(), evaluated, all, rejected), evaluated.stream().map(Unit::report).toList());
    }

    private Unit evaluate(List<Snapshot> unit) {
        Snapshot latest = unit.get(unit.size() - 1);
        try {
            Report report = evaluator.evaluate(latest);
            Before previous = unit.size() > 1 ? Before.of(evaluator.evaluate(unit.get(unit.size() - 2))) : null;
            return new Unit(latest, report, previous, evaluator.judgedItems(latest, null), null);
        } catch (InvalidInputException e) {
            return new Unit(latest, null, null, Set.of(), BatchInput.rejection(Series.where(latest), e));
        } catch (EvaluationException e) { // a defect, not the input's fault: said as the engine says it
            return new Unit(latest, null, null, Set.of(), new Rejected(Series.where(latest), e.getMessage().replace("\n", " ")));
        }
    }
}
