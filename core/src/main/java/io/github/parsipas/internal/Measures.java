package io.github.parsipas.internal;

import io.github.parsipas.facts.Rate;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.SnapshotLayout;

import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * How each count group becomes a share. A group of two counts is {@code second / first} (on time /
 * received, online / dossiers …); the exceptions are listed here. The measure code of a rate is its
 * group's path. Groups of one count, and the discipline counts, give no rate: rules judge the counts.
 */
final class Measures {

    /** A share whose part is computed from the counts: {@code part(counts) / counts[whole]}. */
    private record Share(ToLongFunction<Map<String, Long>> part, String whole) {
    }

    private static final Map<String, Share> EXCEPTIONS = Map.of(
            "tthc.complaints", new Share(c -> c.get("resolvedOnTime"), "resolved"),
            "tthc.feedback", new Share(c -> c.get("handledOnTime"), "received"),
            "tthc.simplification.resolutionDays", reduction("current", "baseline"),
            "tthc.simplification.complianceCostVnd", reduction("current", "baseline"),
            "service766.feedbackSatisfaction", reduction("dissatisfiedOrComplained", "feedback"),
            // 100 % − overdue % − complaint % (766 satisfaction with TTHC handling).
            "service766.tthcSatisfaction", new Share(c -> Math.max(0, c.get("dossiers") - c.get("overdue") - c.get("complained")), "dossiers"),
            // Reduction achieved against the reduction required (Decision 3258/QĐ-UBND).
            "organisation.publicServiceUnits", new Share(c -> c.get("baseline") - c.get("current"), "requiredReduction"));

    private Measures() {
    }

    /** The rate of a group's counts, or empty when the group has no share or its whole is 0. */
    static Optional<Rate> rate(String group, Map<String, Long> counts) {
        return share(group).flatMap(share -> {
            long whole = counts.get(share.whole());
            return whole > 0 ? Optional.of(new Rate(group, "all", group, share.part().applyAsLong(counts), whole, "$." + group))
                    : Optional.empty();
        });
    }

    static boolean hasRate(String group) {
        return share(group).isPresent();
    }

    private static Optional<Share> share(String group) {
        if (EXCEPTIONS.containsKey(group)) {
            return Optional.of(EXCEPTIONS.get(group));
        }
        CountGroup layout = SnapshotLayout.group(group);
        return layout.names().size() == 2
                ? Optional.of(new Share(c -> c.get(layout.names().get(1)), layout.names().get(0)))
                : Optional.empty();
    }

    /** {@code (whole − part) / whole}: a cut against a baseline, or the share without complaints. */
    private static Share reduction(String part, String whole) {
        return new Share(c -> c.get(whole) - c.get(part), whole);
    }
}
