package io.github.parsipas;

import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.CountList;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.InputRef;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A changed count must still fit its group, as the reader would have required: in a nested group, each count at most the one before. */
final class WhatIfChecks {

    private WhatIfChecks() {
    }

    static void check(SnapshotLayout layout, Snapshot changed, Set<String> paths) {
        List<InputProblem> problems = new ArrayList<>();
        List<InputRef> refs = paths.stream().map(layout::ref).toList();
        for (CountGroup group : layout.countGroups()) {
            Map<String, Long> counts = changed.counts().get(group.path());
            if (counts != null && refs.stream().anyMatch(r -> r.group().equals(group.path()) && r.entry() == null)) {
                nested(group.path(), group.counts(), group.nested(), counts, problems);
                group.atMost().forEach((count, limit) -> {
                    if (counts.get(count) > counts.get(limit)) {
                        problems.add(atMost(group.path() + "." + count, counts.get(count), limit, counts.get(limit)));
                    }
                });
            }
        }
        for (CountList list : layout.countLists()) {
            List<CountList.Entry> entries = changed.lists().get(list.path());
            if (entries != null) {
                entries.stream().filter(e -> refs.stream().anyMatch(r -> r.group().equals(list.path()) && e.code().equals(r.entry())))
                        .forEach(e -> nested(list.path() + "[" + e.code() + "]", list.counts(), list.nested(), e.counts(), problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("what-if", problems);
        }
    }

    private static void nested(String path, List<String> names, boolean nested, Map<String, Long> counts, List<InputProblem> problems) {
        for (int i = 1; nested && i < names.size(); i++) {
            if (counts.get(names.get(i)) > counts.get(names.get(i - 1))) {
                problems.add(atMost(path + "." + names.get(i), counts.get(names.get(i)), names.get(i - 1), counts.get(names.get(i - 1))));
            }
        }
    }

    private static InputProblem atMost(String path, long value, String other, long otherValue) {
        return InputProblem.of(path, String.valueOf(value), "input.expected.atMostOther",
                java.util.Map.of("other", io.github.parsipas.text.Template.Arg.verbatim(other), "value", io.github.parsipas.text.Template.Arg.count(otherValue)));
    }
}
