package io.github.parsipas.internal;

import io.github.parsipas.report.CriterionScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.VersionComparison;
import io.github.parsipas.snapshot.Snapshot;

import java.util.List;

/** One snapshot evaluated under two versions of the official method, its criteria side by side. */
public final class Comparison {

    private Comparison() {
    }

    public static VersionComparison of(Evaluation evaluation, Snapshot snapshot, String versionA, String versionB) {
        Report a = evaluation.run(snapshot, versionA);
        Report b = evaluation.run(snapshot, versionB);
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
                    cb == null ? null : cb.points(), ca == null || cb == null ? null : cb.points().subtract(ca.points()),
                    ca == null ? null : ca.evidence(), cb == null ? null : cb.evidence(),
                    ca == null ? null : ca.unconfirmed(), cb == null ? null : cb.unconfirmed());
        }).toList();
        return new VersionComparison(versionA, versionB, total(a), total(b), rows);
    }

    private static java.math.BigDecimal total(Report report) {
        return report.criteria().stream().map(CriterionScore::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
