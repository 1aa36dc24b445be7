package io.github.parsipas.benchmarks;

import io.github.parsipas.Evaluator;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ward-sized units of the synthetic city, one after another, in units a second: evaluation alone and the whole
 * path. Run with {@code -t 1} and {@code -t 2} for the threads' scaling (each thread takes the next unit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CityBenchmark {

    private static final int UNITS = 168;
    private Evaluator evaluator;
    private List<byte[]> json;
    private List<Snapshot> snapshots;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
        evaluator = Evaluator.create();
        json = Inputs.syntheticWards(UNITS);
        snapshots = json.stream().map(bytes -> evaluator.reader().fromJson("ward.json", bytes)).toList();
    }

    @Benchmark
    public Report evaluateWard() {
        return evaluator.evaluate(snapshots.get(Math.floorMod(next.getAndIncrement(), UNITS)));
    }

    /** JSON bytes in, the report's JSON bytes out to a sink, as a service or a batch writes them (no string of the report). */
    @Benchmark
    public int wholePathWard(Sink sink) throws java.io.IOException {
        return sink.json(evaluator.evaluate(evaluator.reader().fromJson("ward.json", json.get(Math.floorMod(next.getAndIncrement(), UNITS)))));
    }
}
