package io.github.parsipas.benchmarks;

import io.github.parsipas.Evaluator;
import io.github.parsipas.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM each time (one shot per fork): building the evaluator, and building it and evaluating the example
 * ward — what an embedding system pays once, and what the command line pays every run (less the JVM's own start).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {

    @Benchmark
    public Evaluator create() {
        return Evaluator.create();
    }

    @Benchmark
    public Report createAndEvaluateTheWard() {
        Evaluator evaluator = Evaluator.create();
        return evaluator.evaluate(evaluator.reader().read(Inputs.example("ward")));
    }

    /** The same with the JIT's first tier only, as a one-shot command line may run (on 2 cores C2 competes with the work). */
    @Benchmark
    @Fork(value = 5, jvmArgsAppend = "-XX:TieredStopAtLevel=1")
    public Evaluator createFirstTierOnly() {
        return Evaluator.create();
    }
}
