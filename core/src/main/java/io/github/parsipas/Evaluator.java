package io.github.parsipas;

import io.github.parsipas.audit.RuleInfo;
import io.github.parsipas.internal.Evaluation;
import io.github.parsipas.internal.RuleEngine;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;

import java.nio.file.Path;
import java.util.List;

/**
 * The library's entry point: evaluates unit snapshots against the bundled rules and methodology packs.
 * Build it once and share it: construction loads the rule base; {@link #evaluate} is thread-safe and
 * gives the same report for the same snapshot, whatever the clock, locale or thread.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.create();
 * Report report = evaluator.evaluate(Path.of("ward.json"));
 * }</pre>
 */
public final class Evaluator {

    private final Methodology methodology;
    private final RuleEngine engine;

    private Evaluator(Methodology methodology) {
        this.methodology = methodology;
        this.engine = new RuleEngine();
    }

    /** An evaluator with the bundled methodology packs. */
    public static Evaluator create() {
        return new Evaluator(Methodology.bundled());
    }

    /** Reads a snapshot file (JSON or YAML) strictly, then evaluates it. */
    public Report evaluate(Path snapshotFile) {
        return evaluate(SnapshotReader.read(snapshotFile));
    }

    public Report evaluate(Snapshot snapshot) {
        return Evaluation.run(methodology, engine, snapshot);
    }

    public Methodology methodology() {
        return methodology;
    }

    /** Every rule of the rule base with its criterion and source, sorted by name. */
    public List<RuleInfo> rules() {
        return engine.rules();
    }
}
