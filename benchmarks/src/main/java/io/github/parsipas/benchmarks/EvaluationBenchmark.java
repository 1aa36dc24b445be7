package io.github.parsipas.benchmarks;

import io.github.parsipas.Evaluator;
import io.github.parsipas.text.Language;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One bundled example, warm: reading it, evaluating it, writing its report, and the whole path (JSON in → JSON
 * report out), in microseconds an operation. The evaluator is shared, as an embedding system would share it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    @Param({"ward", "department", "city", "city-766", "city-sipas"})
    public String example;

    private Evaluator evaluator;
    private byte[] json;
    private Snapshot snapshot;
    private Report report;

    @Setup
    public void setUp() {
        evaluator = Evaluator.create();
        java.nio.file.Path file = Inputs.example(example);
        snapshot = evaluator.reader().read(file);
        json = Inputs.bytes(file);
        report = evaluator.evaluate(snapshot);
    }

    @Benchmark
    public Report evaluate() {
        return evaluator.evaluate(snapshot);
    }

    @Benchmark
    public Snapshot parse() {
        return example.equals("ward") ? evaluator.reader().fromJson("ward.json", json) : evaluator.reader().fromYaml(example + ".yaml", json);
    }

    @Benchmark
    public int renderJson(Sink sink) throws java.io.IOException {
        return sink.json(report);
    }

    @Benchmark
    public String renderMarkdown() {
        return ReportWriter.markdown(report, Language.VI);
    }

    @Benchmark
    public String renderHtml() {
        return ReportWriter.html(report, Language.VI);
    }

    @Benchmark
    public int wholePath(Sink sink) throws java.io.IOException {
        return sink.json(evaluator.evaluate(parse()));
    }
}
