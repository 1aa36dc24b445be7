package io.github.parsipas.internal;

import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.Snapshot;

import java.util.List;

/** A report's problems ranked by what closing each would win back, each closed in a what-if of its own. */
public final class Ranking {

    private Ranking() {
    }

    /**
     * The report with its problems ranked by what closing each would win: the snapshot is evaluated again with
     * each problem's gap closed (its rate at 100 %), and the points gained on each index are recorded; problems
     * that win more come first (those with no such change by the points they recover), then the nearest deadline.
     * The what-ifs are evaluated under {@code methodVersion} too.
     */
    public static Report rank(Evaluation evaluation, Snapshot snapshot, Report report, String methodVersion) {
        List<io.github.parsipas.report.Problem> ranked = new java.util.ArrayList<>();
        for (io.github.parsipas.report.Problem problem : report.problems()) {
            // Points lost with none to win back (the year cannot undo them, or nothing occurred) rank by nothing won.
            boolean lostForGood = problem.pointsLost() != null && problem.pointsRecoverable() == null;
            java.util.Optional<java.util.Map<String, Long>> closing = lostForGood ? java.util.Optional.empty()
                    : Closing.of(evaluation.methodology().layout(), snapshot, problem);
            // Points alone: the what-ifs need no trace, grouping or receipt.
            ranked.add(problem.ranked(0, closing.map(changes -> {
                Snapshot closed = apply(evaluation.methodology().layout(), snapshot, changes);
                return wonBack(report, evaluation.points(closed, methodVersion));
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

    /** The snapshot with each count of {@code changes} set to its new value. */
    public static Snapshot apply(io.github.parsipas.snapshot.SnapshotLayout layout, Snapshot snapshot, java.util.Map<String, Long> changes) {
        Snapshot changed = snapshot;
        for (java.util.Map.Entry<String, Long> change : changes.entrySet()) {
            changed = changed.withCount(layout.ref(change.getKey()), change.getValue());
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
}
