package io.github.parsipas.internal;

import io.github.parsipas.report.Problem;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.CountList;
import io.github.parsipas.snapshot.InputRef;
import io.github.parsipas.snapshot.RateDefinition;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotLayout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The change that closes a problem on a rate: its part raised to its whole (every dossier on time, every
 * service online); where the part is the whole less some counts (dissatisfied, overdue), those counts set to
 * zero; where it is a reduction against a required one, the reduction made. Problems on dated items, published
 * scores or plain counts have none.
 */
final class Closing {

    private Closing() {
    }

    static Optional<Map<String, Long>> of(SnapshotLayout layout, Snapshot snapshot, Problem problem) {
        InputRef ref = problem.input();
        // A rate rests on a whole group or list, or one entry of a list; one count on its own (a case counted) has no closing.
        if (ref == null || ref.count() != null) {
            return Optional.empty();
        }
        Map<String, Long> changes = new LinkedHashMap<>();
        Optional<CountGroup> group = layout.group(ref.group());
        if (group.isPresent() && group.get().rate() != null && snapshot.counts().containsKey(ref.group())) {
            close(ref.group(), group.get().rate(), snapshot.counts().get(ref.group()), changes);
        }
        boolean wholeList = ref.index() == null && ref.entry() == null;
        for (CountList list : layout.countLists()) {
            List<CountList.Entry> entries = snapshot.lists().get(list.path());
            if (entries == null || list.rate() == null || !ref.group().equals(list.path())) {
                continue;
            }
            entries.stream().filter(e -> wholeList || e.code().equals(ref.entry()))
                    .forEach(e -> close(list.path() + "[" + e.code() + "]", list.rate(), e.counts(), changes));
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes);
    }

    private static void close(String path, RateDefinition rate, Map<String, Long> counts, Map<String, Long> changes) {
        List<String> terms = rate.terms();
        if (terms.size() == 1 && !terms.get(0).equals(rate.whole())) {
            changes.put(path + "." + terms.get(0), counts.get(rate.whole()));
        } else if (terms.get(0).equals(rate.whole())) {
            terms.subList(1, terms.size()).forEach(t -> changes.put(path + "." + t, 0L));
        } else if (terms.size() == 2) {
            // A reduction against a required one (baseline − current of requiredReduction): current brought down by it.
            changes.put(path + "." + terms.get(1), Math.max(0, counts.get(terms.get(0)) - counts.get(rate.whole())));
        }
    }
}
