package io.github.parsipas.benchmarks;

import io.github.parsipas.Evaluator;
import io.github.parsipas.snapshot.Snapshot;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Whether the heap stays flat over many evaluations (a main, not JMH: it is one long run, not a rate): the synthetic
 * city's December wards parsed and evaluated in turn by one evaluator, the heap in use after a full collection printed
 * every tenth of the run. {@code java -cp benchmarks/target/benchmarks.jar io.github.parsipas.benchmarks.HeapCheck
 * [evaluations=1000000]}; flat means the last figure is within a few MB of the first.
 */
public final class HeapCheck {

    private HeapCheck() {
    }

    public static void main(String[] args) {
        long evaluations = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Evaluator evaluator = Evaluator.create();
        List<byte[]> wards = Inputs.syntheticWards(168);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long step = Math.max(1, evaluations / 10);
        long started = System.nanoTime();
        System.out.println("evaluations\theap in use after a full GC (MB)\tseconds");
        for (long done = 0; done < evaluations; done++) {
            Snapshot ward = evaluator.reader().fromJson("ward.json", wards.get((int) (done % wards.size())));
            if (evaluator.evaluate(ward).findings().isEmpty()) {
                throw new IllegalStateException("a synthetic ward without findings: the check is not evaluating what it should");
            }
            if ((done + 1) % step == 0 || done == 0) {
                System.gc();
                System.out.printf("%,d\t%.1f\t%.0f%n", done + 1, memory.getHeapMemoryUsage().getUsed() / 1e6, (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
