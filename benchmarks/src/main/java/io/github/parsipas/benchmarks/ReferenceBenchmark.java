package io.github.parsipas.benchmarks;

import io.github.parsipas.Evaluator;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.CountList;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The TTHC area on a ward with N fields, by the library and by plain Java on the same snapshot object: the
 * reference scores PAR-3.3 (the provisional bands on the share resolved on time over all fields) and warns T-ONTIME
 * per field below 98%, with a message each — what the engine, the findings and the traces add on top. Also growth:
 * the library's time for 10 to 10,000 fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReferenceBenchmark {

    private static final BigDecimal MIN_RATE = BigDecimal.valueOf(98);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Param({"10", "100", "1000", "10000"})
    public int fields;

    private Evaluator evaluator;
    private Snapshot snapshot;

    @Setup
    public void setUp() {
        evaluator = Evaluator.create();
        snapshot = evaluator.reader().fromJson("fields.json", Inputs.wardWithFields(fields));
    }

    @Benchmark
    public Report library() {
        return evaluator.evaluate(snapshot);
    }

    /** The same area's results in plain Java: points of PAR-3.3 and a warning per field below 98%. */
    @Benchmark
    public List<String> plainJava() {
        List<String> findings = new ArrayList<>();
        long resolved = 0;
        long onTime = 0;
        for (CountList.Entry field : snapshot.lists().get("tthc.fields")) {
            long whole = field.counts().get("resolved");
            long part = field.counts().get("resolvedOnTime");
            resolved += whole;
            onTime += part;
            BigDecimal rate = BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
            if (rate.compareTo(MIN_RATE) < 0) {
                findings.add("T-ONTIME " + field.code() + ": Lĩnh vực " + field.name() + ": " + rate + "% giải quyết đúng hạn (" + part + "/" + whole
                        + " hồ sơ), yêu cầu ≥ 98%.");
            }
        }
        BigDecimal all = BigDecimal.valueOf(onTime).multiply(HUNDRED).divide(BigDecimal.valueOf(resolved), 2, RoundingMode.HALF_UP);
        BigDecimal share = all.compareTo(HUNDRED) >= 0 ? BigDecimal.ONE : all.compareTo(BigDecimal.valueOf(98)) >= 0 ? new BigDecimal("0.75")
                : all.compareTo(BigDecimal.valueOf(95)) >= 0 ? new BigDecimal("0.5") : all.compareTo(BigDecimal.valueOf(90)) >= 0 ? new BigDecimal("0.25") : BigDecimal.ZERO;
        findings.add("PAR-3.3 " + share.multiply(BigDecimal.valueOf(4)) + " / 4");
        return findings;
    }
}
