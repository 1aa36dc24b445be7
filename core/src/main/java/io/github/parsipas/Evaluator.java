package io.github.parsipas;

import io.github.parsipas.methodology.RuleInfo;
import io.github.parsipas.internal.Evaluation;
import io.github.parsipas.internal.RuleEngine;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.VersionComparison;
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
    /** Built on the first evaluation, not before: a snapshot can be read, and refused, without the rule base. */
    private volatile RuleEngine engine;
    private final SnapshotReader reader;
    private final io.github.parsipas.internal.Plans plans;

    private Evaluator(Methodology methodology) {
        this.methodology = methodology;
        this.plans = new io.github.parsipas.internal.Plans(methodology);
        this.reader = new SnapshotReader(methodology.layout());
    }

    private RuleEngine engine() {
        RuleEngine built = engine;
        if (built == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new RuleEngine(methodology.ruleModules());
                }
                built = engine;
            }
        }
        return built;
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
    public Report evaluate(Snapshot snapshot, String methodVersion) {
        return guarded(snapshot, () -> Evaluation.run(methodology, engine(), plans, snapshot, methodVersion));
    }

    /** Runs an evaluation: bad input as it is, a rule's or pack's failure as an {@link EvaluationException} naming the unit. */
    private static <T> T guarded(Snapshot snapshot, java.util.function.Supplier<T> evaluation) {
        try {
            return evaluation.get();
        } catch (io.github.parsipas.snapshot.InvalidInputException e) {
            throw e;
        } catch (RuleEngine.RuleFailure e) {
            throw new EvaluationException("evaluating " + snapshot.unit().id() + ": " + e.getMessage(), e.rule(), e.criterion(), e.getCause());
        } catch (RuntimeException e) {
            throw new EvaluationException("evaluating " + snapshot.unit().id() + ": " + e, null, null, e);
        }
    }

    public Methodology methodology() {
        return methodology;
    }

    /** Evaluates one snapshot under two versions of the official method and sets their criteria side by side. */
    public VersionComparison compare(Snapshot snapshot, String versionA, String versionB) {
        Report a = evaluate(snapshot, versionA);
        Report b = evaluate(snapshot, versionB);
        java.util.Map<String, CriterionScore> byCodeA = new java.util.TreeMap<>();
        a.criteria().forEach(c -> byCodeA.put(c.code(), c));
        java.util.Map<String, CriterionScore> byCodeB = new java.util.TreeMap<>();
        b.criteria().forEach(c -> byCodeB.put(c.code(), c));
        java.util.SortedSet<String> codes = new java.util.TreeSet<>(byCodeA.keySet());
        codes.addAll(byCodeB.keySet());
        List<VersionComparison.Row> rows = codes.stream().map(code -> {
            CriterionScore ca = byCodeA.get(code);
            CriterionScore cb = byCodeB.get(code);
            return new VersionComparison.Row(code, (ca != null ? ca : cb).name(), ca == null ? null : ca.points(),
                    cb == null ? null : cb.points(), ca == null || cb == null ? null : cb.points().subtract(ca.points()));
        }).toList();
        return new VersionComparison(versionA, versionB, total(a), total(b), rows);
    }

    /**
     * Evaluates a snapshot before and after changing some of its counts ({@link Snapshot#withCount}), e.g.
     * {@code tthc.fields[dat-dai].resolvedOnTime → 129}: what each index and criterion gains, which problems close.
     *
     * @throws io.github.parsipas.snapshot.InvalidInputException when a path is not a count of the snapshot, or a
     *         new value does not fit its group (a part above its whole)
     */
    public io.github.parsipas.report.WhatIf whatIf(Snapshot snapshot, java.util.Map<String, Long> changes) {
        Snapshot changed = apply(snapshot, changes);
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
    public Report rankByWhatIf(Snapshot snapshot, Report report, String methodVersion) {
        List<io.github.parsipas.report.Problem> ranked = new java.util.ArrayList<>();
        for (io.github.parsipas.report.Problem problem : report.problems()) {
            java.util.Optional<java.util.Map<String, Long>> closing = Closing.of(methodology.layout(), snapshot, problem);
            // Points alone: the what-ifs need no trace, grouping or receipt.
            ranked.add(problem.ranked(0, closing.map(changes -> {
                Snapshot closed = apply(snapshot, changes);
                return wonBack(report, guarded(closed, () -> Evaluation.points(methodology, engine(), plans, closed, methodVersion)));
            }).orElse(null)));
        }
        ranked.sort(java.util.Comparator.comparing(io.github.parsipas.report.Problem::gain).reversed()
                .thenComparing(io.github.parsipas.report.Problem::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(io.github.parsipas.report.Problem::rank));
        List<io.github.parsipas.report.Problem> out = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            out.add(ranked.get(i).ranked(i + 1, ranked.get(i).wonBack()));
        }
        return report.withProblems(out);
    }

    private static Snapshot apply(Snapshot snapshot, java.util.Map<String, Long> changes) {
        Snapshot changed = snapshot;
        for (java.util.Map.Entry<String, Long> change : changes.entrySet()) {
            changed = changed.withCount(change.getKey(), change.getValue());
        }
        return changed;
    }

    /** Points gained per index, by its code: the index by areas (its areas' points) and each other index. */
    private static java.util.Map<String, java.math.BigDecimal> wonBack(Report before, Evaluation.Points after) {
        java.util.Map<String, java.math.BigDecimal> gained = new java.util.TreeMap<>();
        java.math.BigDecimal areas = areaPoints(after.areas()).subtract(areaPoints(before.areas()));
        if (areas.signum() != 0 && before.areaIndex() != null) {
            gained.put(before.areaIndex().code(), areas);
        }
        for (io.github.parsipas.report.IndexScore index : before.indices()) {
            after.indices().stream().filter(i -> i.code().equals(index.code())).findFirst()
                    .map(i -> i.points().subtract(index.points())).filter(d -> d.signum() != 0).ifPresent(d -> gained.put(index.code(), d));
        }
        return gained;
    }

    private static java.math.BigDecimal areaPoints(List<io.github.parsipas.report.AreaScore> areas) {
        return areas.stream().map(io.github.parsipas.report.AreaScore::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    private static java.math.BigDecimal total(Report report) {
        return report.criteria().stream().map(CriterionScore::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /**
     * The criteria and targets judged on the snapshot's data — asked of its unit, in force, inputs present — under
     * {@code methodVersion} ({@code null}: the one of its year): where a rule's silence means "met".
     */
    public java.util.Set<String> judgedItems(Snapshot snapshot, String methodVersion) {
        return Evaluation.judgedItems(methodology, plans, snapshot, methodVersion);
    }

    /**
     * Every rule that decides a criterion or target, sorted by name: the rules written for one item, and
     * each typical check of an item (named {@code "<code>: <what it checks>"}), each with its item's source.
     */
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new java.util.ArrayList<>();
        engine().criterionRules().forEach((name, code) -> rules.add(new RuleInfo(name, code,
                code == null ? null : methodology.item(code).map(item -> item.source().describe()).orElse(null))));
        methodology.items().values().forEach(item -> item.checks().forEach(check ->
                rules.add(new RuleInfo(item.ruleName(check), item.code(), item.source().describe()))));
        rules.sort(java.util.Comparator.comparing(RuleInfo::name));
        return List.copyOf(rules);
    }
}
