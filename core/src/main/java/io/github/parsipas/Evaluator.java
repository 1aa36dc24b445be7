package io.github.parsipas;

import io.github.parsipas.methodology.RuleInfo;
import io.github.parsipas.internal.Comparison;
import io.github.parsipas.internal.Evaluation;
import io.github.parsipas.internal.Ranking;
import io.github.parsipas.methodology.EvaluationException;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.VersionComparison;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotReader;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    /** Built on the first evaluation, not before: a snapshot can be read, and refused, without the rule base. */
    private volatile Evaluation evaluation;
    private final SnapshotReader reader;

    private Evaluator(Methodology methodology) {
        this.methodology = methodology;
        this.reader = new SnapshotReader(methodology.layout());
    }

    private Evaluation evaluation() {
        Evaluation built = evaluation;
        if (built == null) {
            synchronized (this) {
                if (evaluation == null) {
                    evaluation = new Evaluation(methodology);
                }
                built = evaluation;
            }
        }
        return built;
    }

    /** The engine for evaluating {@code snapshot}: one that cannot be built fails the evaluation, naming the unit. */
    private Evaluation evaluation(Snapshot snapshot) {
        try {
            return evaluation();
        } catch (RuntimeException e) {
            throw new EvaluationException("evaluating " + snapshot.unit().id() + ": " + e, null, null, e);
        }
    }

    /** An evaluator with the bundled methodology packs. */
    public static Evaluator create() {
        return new Evaluator(Methodology.bundled());
    }

    /** An evaluator with another methodology, e.g. {@code Methodology.bundled().withOverrides(officialValues)}. */
    public static Evaluator create(Methodology methodology) {
        return new Evaluator(methodology);
    }

    /** Reads a snapshot file (JSON or YAML) strictly, then evaluates it. */
    public Report evaluate(Path snapshotFile) {
        return evaluate(reader.read(snapshotFile));
    }

    /** The strict reader of snapshots for this evaluator's rule set (its layout). */
    public SnapshotReader reader() {
        return reader;
    }

    /**
     * Evaluates a snapshot.
     *
     * @throws io.github.parsipas.snapshot.InvalidInputException when the snapshot is not acceptable to the rule set
     * @throws EvaluationException when a rule or pack fails (a defect, not the input's fault)
     */
    public Report evaluate(Snapshot snapshot) {
        return evaluate(snapshot, null);
    }

    /** Evaluates under a named version of the official method (e.g. {@code 876/QĐ-BNV}) instead of the one of the snapshot's year. */
    public Report evaluate(Snapshot snapshot, @Nullable String methodVersion) {
        return evaluation(snapshot).run(snapshot, methodVersion);
    }

    public Methodology methodology() {
        return methodology;
    }

    /** Evaluates one snapshot under two versions of the official method and sets their criteria side by side. */
    public VersionComparison compare(Snapshot snapshot, String versionA, String versionB) {
        return Comparison.of(evaluation(), snapshot, versionA, versionB);
    }

    /**
     * Evaluates a snapshot before and after changing some of its counts ({@link Snapshot#withCount}), e.g.
     * {@code tthc.fields[dat-dai].resolvedOnTime → 129}: what each index and criterion gains, which problems close.
     *
     * @throws io.github.parsipas.snapshot.InvalidInputException when a path is not a count of the snapshot, or a
     *         new value does not fit its group (a part above its whole)
     */
    public io.github.parsipas.report.WhatIf whatIf(Snapshot snapshot, java.util.Map<String, Long> changes) {
        Snapshot changed = Ranking.apply(methodology.layout(), snapshot, changes);
        WhatIfChecks.check(methodology.layout(), changed, changes.keySet());
        return new io.github.parsipas.report.WhatIf(changes, evaluate(snapshot), evaluate(changed));
    }

    /**
     * The report with its problems ranked by what closing each would win: the snapshot is evaluated again with
     * each problem's gap closed (its rate at 100 %), and the points gained on each index are recorded; problems
     * that win more come first (those with no such change by the points they recover), then the nearest deadline. One
     * evaluation per problem: for the reports people read, not for every call.
     */
    public Report rankByWhatIf(Snapshot snapshot, Report report) {
        return rankByWhatIf(snapshot, report, null);
    }

    /** The same for a report evaluated under a named version of the official method: its what-ifs are evaluated under it too. */
    public Report rankByWhatIf(Snapshot snapshot, Report report, @Nullable String methodVersion) {
        return Ranking.rank(evaluation(snapshot), snapshot, report, methodVersion);
    }

    /**
     * The criteria and targets judged on the snapshot's data — asked of its unit, in force, inputs present — under
     * {@code methodVersion} ({@code null}: the one of its year): where a rule's silence means "met".
     */
    public java.util.Set<String> judgedItems(Snapshot snapshot, @Nullable String methodVersion) {
        return evaluation().judgedItems(snapshot, methodVersion);
    }

    /**
     * Every rule that decides a criterion or target, sorted by name: the rules written for one item, and
     * each typical check of an item (named {@code "<code>: <what it checks>"}), each with its item's source.
     */
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new java.util.ArrayList<>();
        evaluation().criterionRules().forEach(rule -> rules.add(new RuleInfo(rule.name(), rule.criterion(), rule.criterion() == null ? null
                : methodology.item(rule.criterion()).map(item -> item.source().describe()).orElse(null), rule.description())));
        methodology.items().values().forEach(item -> item.checks().forEach(check ->
                rules.add(new RuleInfo(item.ruleName(check), item.code(), item.source().describe(), check.rule()))));
        rules.sort(java.util.Comparator.comparing(RuleInfo::name));
        return List.copyOf(rules);
    }
}
