package io.github.parsipas.batch;

import io.github.parsipas.report.BatchReport.Rejected;
import io.github.parsipas.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each unit's snapshots in a batch as one history, oldest period first: every snapshot carries the counts of the
 * unit's earlier periods as its earlier observations, so trends and trajectories run through the whole history
 * (a least-squares pace) instead of one {@code previous} observation, which a series replaces.
 */
public final class Series {

    private Series() {
    }

    /** Where a batch says a snapshot was: its unit and period, as codes ({@code hcm-ward-1 2025-10}). */
    static String where(Snapshot snapshot) {
        return snapshot.unit().id() + " " + snapshot.period().label();
    }

    /**
     * Unit id → its snapshots, oldest period first, each with the earlier ones as history. A second snapshot of the
     * same unit and period is rejected (which one holds is not for us to guess).
     */
    public static Map<String, List<Snapshot>> of(List<Snapshot> snapshots, List<Rejected> rejected) {
        Map<String, List<Snapshot>> byUnit = new TreeMap<>();
        for (Snapshot snapshot : snapshots) {
            List<Snapshot> unit = byUnit.computeIfAbsent(snapshot.unit().id(), id -> new ArrayList<>());
            if (unit.stream().anyMatch(s -> s.period().equals(snapshot.period()))) {
                io.github.parsipas.text.Text why = io.github.parsipas.text.Messages.text("batch.reject.samePeriod", Map.of());
                rejected.add(new Rejected(where(snapshot), why.en(), why));
            } else {
                unit.add(snapshot);
            }
        }
        byUnit.replaceAll((id, unit) -> withHistory(unit));
        return byUnit;
    }

    /** The snapshots sorted by period, each with the counts of those before it as earlier observations. */
    static List<Snapshot> withHistory(List<Snapshot> unit) {
        List<Snapshot> sorted = unit.stream().sorted(Comparator.comparing((Snapshot s) -> s.period().start()).thenComparing(Snapshot::asOf)).toList();
        if (sorted.size() == 1) {
            return sorted;
        }
        List<Snapshot> series = new ArrayList<>();
        List<Snapshot.Observation> earlier = new ArrayList<>();
        for (Snapshot snapshot : sorted) {
            series.add(snapshot.withEarlier(earlier.stream().filter(o -> o.asOf().isBefore(snapshot.asOf())).toList()));
            earlier.add(new Snapshot.Observation(snapshot.asOf(), snapshot.counts()));
        }
        return series;
    }
}
